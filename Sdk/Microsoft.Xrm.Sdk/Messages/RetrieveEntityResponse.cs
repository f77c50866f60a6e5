using Microsoft.Xrm.Sdk.Metadata;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response of RetrieveEntity; result "EntityMetadata".</summary>
public sealed class RetrieveEntityResponse : OrganizationResponse
{
    public RetrieveEntityResponse()
    {
        ResponseName = "RetrieveEntity";
    }

    public EntityMetadata EntityMetadata => GetResult<EntityMetadata>(nameof(EntityMetadata));
}
