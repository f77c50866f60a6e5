namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs several requests in one transaction. Message "ExecuteTransaction"; parameters "Requests", "ReturnResponses".</summary>
public sealed class ExecuteTransactionRequest : OrganizationRequest
{
    public ExecuteTransactionRequest()
    {
        RequestName = "ExecuteTransaction";
        Requests = null;
    }

    public OrganizationRequestCollection Requests
    {
        get => GetParameter<OrganizationRequestCollection>(nameof(Requests));
        set => Parameters[nameof(Requests)] = value;
    }

    public bool? ReturnResponses
    {
        get => GetParameter<bool?>(nameof(ReturnResponses));
        set => Parameters[nameof(ReturnResponses)] = value;
    }
}
