namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response of RetrieveMultiple; result "EntityCollection".</summary>
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    public RetrieveMultipleResponse()
    {
        ResponseName = "RetrieveMultiple";
    }

    public EntityCollection EntityCollection => GetResult<EntityCollection>(nameof(EntityCollection));
}
