namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response of Retrieve; results "Entity", "Notifications".</summary>
public sealed class RetrieveResponse : OrganizationResponse
{
    public RetrieveResponse()
    {
        ResponseName = "Retrieve";
    }

    public Entity Entity => GetResult<Entity>(nameof(Entity));

    public object Notifications => GetResult<object>(nameof(Notifications));
}
