using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs a query. Message "RetrieveMultiple"; parameter "Query".</summary>
public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
        Query = null;
    }

    public QueryBase Query
    {
        get => GetParameter<QueryBase>(nameof(Query));
        set => Parameters[nameof(Query)] = value;
    }
}
