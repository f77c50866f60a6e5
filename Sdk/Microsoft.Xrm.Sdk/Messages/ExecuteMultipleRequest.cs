namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs several requests, each in its own transaction. Message "ExecuteMultiple"; parameters "Requests", "Settings".</summary>
public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
        Requests = null;
        Settings = null;
    }

    public OrganizationRequestCollection Requests
    {
        get => GetParameter<OrganizationRequestCollection>(nameof(Requests));
        set => Parameters[nameof(Requests)] = value;
    }

    public ExecuteMultipleSettings Settings
    {
        get => GetParameter<ExecuteMultipleSettings>(nameof(Settings));
        set => Parameters[nameof(Settings)] = value;
    }
}
