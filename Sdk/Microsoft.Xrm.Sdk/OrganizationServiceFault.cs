using System;
using System.Globalization;
using System.Text;

namespace Microsoft.Xrm.Sdk;

/// <summary>The detail of a fault of the organization service (the T of FaultException&lt;T&gt;).</summary>
[Serializable]
public class OrganizationServiceFault : BaseServiceFault
{
    public OrganizationServiceFault()
    {
    }

    public string TraceText { get; set; }

    public OrganizationServiceFault InnerFault { get; set; }

    /// <summary>Error code, message, call stack (when in the details) and time stamp of this fault and each inner fault.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (OrganizationServiceFault fault = this; fault != null; fault = fault.InnerFault)
        {
            text.AppendLine("Exception details: ");
            text.AppendLine("ErrorCode: 0x" + fault.ErrorCode.ToString("X", CultureInfo.InvariantCulture));
            text.AppendLine("Message: " + fault.Message);
            if (fault.ErrorDetails.TryGetValue("CallStack", out object callStack))
            {
                text.AppendLine("StackTrace: ");
                text.AppendLine(callStack as string);
            }

            text.AppendLine("TimeStamp: " + fault.Timestamp.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
            text.AppendLine("--");
        }

        return text.ToString();
    }
}
