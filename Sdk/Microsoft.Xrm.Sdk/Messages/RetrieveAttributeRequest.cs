using System;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieves a column's metadata. Message "RetrieveAttribute"; parameters "EntityLogicalName", "LogicalName", "ColumnNumber", "MetadataId", "RetrieveAsIfPublished".</summary>
public sealed class RetrieveAttributeRequest : OrganizationRequest
{
    public RetrieveAttributeRequest()
    {
        RequestName = "RetrieveAttribute";
        MetadataId = Guid.Empty;
        RetrieveAsIfPublished = false;
    }

    public string EntityLogicalName
    {
        get => GetParameter<string>(nameof(EntityLogicalName));
        set => Parameters[nameof(EntityLogicalName)] = value;
    }

    public string LogicalName
    {
        get => GetParameter<string>(nameof(LogicalName));
        set => Parameters[nameof(LogicalName)] = value;
    }

    public int ColumnNumber
    {
        get => GetParameter<int>(nameof(ColumnNumber));
        set => Parameters[nameof(ColumnNumber)] = value;
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
