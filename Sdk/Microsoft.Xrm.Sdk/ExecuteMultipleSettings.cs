using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>How an ExecuteMultiple request handles faults and whether it returns responses.</summary>
public sealed class ExecuteMultipleSettings : IExtensibleDataObject
{
    public ExecuteMultipleSettings()
    {
    }

    public bool ContinueOnError { get; set; }

    public bool ReturnResponses { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
