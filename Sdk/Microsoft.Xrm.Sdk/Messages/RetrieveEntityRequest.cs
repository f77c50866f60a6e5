using System;
using Microsoft.Xrm.Sdk.Metadata;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieves a table's metadata. Message "RetrieveEntity"; parameters "EntityFilters", "LogicalName", "MetadataId", "RetrieveAsIfPublished".</summary>
public sealed class RetrieveEntityRequest : OrganizationRequest
{
    public RetrieveEntityRequest()
    {
        RequestName = "RetrieveEntity";
        EntityFilters = EntityFilters.Default;
        MetadataId = Guid.Empty;
        RetrieveAsIfPublished = false;
    }

    public EntityFilters EntityFilters
    {
        get => GetParameter<EntityFilters>(nameof(EntityFilters));
        set => Parameters[nameof(EntityFilters)] = value;
    }

    public string LogicalName
    {
        get => GetParameter<string>(nameof(LogicalName));
        set => Parameters[nameof(LogicalName)] = value;
    }

    public Guid MetadataId
    {
        get => GetParameter<Guid>(nameof(MetadataId));
        set => Parameters[nameof(MetadataId)] = value;
    }

    public bool RetrieveAsIfPublished
    {
        get => GetParameter<bool>(nameof(RetrieveAsIfPublished));
        set => Parameters[nameof(RetrieveAsIfPublished)] = value;
    }
}
