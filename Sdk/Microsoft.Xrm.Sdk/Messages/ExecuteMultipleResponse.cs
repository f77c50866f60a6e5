namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response of ExecuteMultiple; results "IsFaulted", "Responses".</summary>
public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    public ExecuteMultipleResponse()
    {
        ResponseName = "ExecuteMultiple";
    }

    public bool IsFaulted => GetResult<bool>(nameof(IsFaulted));

    public ExecuteMultipleResponseItemCollection Responses => GetResult<ExecuteMultipleResponseItemCollection>(nameof(Responses));
}
