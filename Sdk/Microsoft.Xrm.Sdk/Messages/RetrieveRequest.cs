using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieves a row. Message "Retrieve"; parameters "Target", "ColumnSet", "RelatedEntitiesQuery", "ReturnNotifications".</summary>
public sealed class RetrieveRequest : OrganizationRequest
{
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
        Target = null;
        ColumnSet = null;
    }

    public EntityReference Target
    {
        get => GetParameter<EntityReference>(nameof(Target));
        set => Parameters[nameof(Target)] = value;
    }

    public ColumnSet ColumnSet
    {
        get => GetParameter<ColumnSet>(nameof(ColumnSet));
        set => Parameters[nameof(ColumnSet)] = value;
    }

    public RelationshipQueryCollection RelatedEntitiesQuery
    {
        get => GetParameter<RelationshipQueryCollection>(nameof(RelatedEntitiesQuery));
        set => Parameters[nameof(RelatedEntitiesQuery)] = value;
    }

    public bool ReturnNotifications
    {
        get => GetParameter<bool>(nameof(ReturnNotifications));
        set => Parameters[nameof(ReturnNotifications)] = value;
    }
}
