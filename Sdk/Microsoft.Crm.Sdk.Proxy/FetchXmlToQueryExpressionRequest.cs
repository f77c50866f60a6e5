using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Converts a FetchXml query into the equivalent QueryExpression.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class FetchXmlToQueryExpressionRequest : OrganizationRequest
{
    public FetchXmlToQueryExpressionRequest()
    {
        RequestName = "FetchXmlToQueryExpression";
        FetchXml = null;
    }

    /// <summary>The query to convert.</summary>
    public string FetchXml
    {
        get => MessageBag.Get<string>(Parameters, nameof(FetchXml));
        set => Parameters[nameof(FetchXml)] = value;
    }
}
