using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The response to <see cref="FetchXmlToQueryExpressionRequest"/>: the converted query.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class FetchXmlToQueryExpressionResponse : OrganizationResponse
{
    public FetchXmlToQueryExpressionResponse()
    {
        ResponseName = "FetchXmlToQueryExpression";
    }

    public QueryExpression Query => MessageBag.Get<QueryExpression>(Results, nameof(Query));
}
