namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Associates rows through a relationship. Message "Associate"; parameters "Target", "Relationship", "RelatedEntities".</summary>
public sealed class AssociateRequest : OrganizationRequest
{
    public AssociateRequest()
    {
        RequestName = "Associate";
        Target = null;
        Relationship = null;
        RelatedEntities = null;
    }

    public EntityReference Target
    {
        get => GetParameter<EntityReference>(nameof(Target));
        set => Parameters[nameof(Target)] = value;
    }

    public Relationship Relationship
    {
        get => GetParameter<Relationship>(nameof(Relationship));
        set => Parameters[nameof(Relationship)] = value;
    }

    public EntityReferenceCollection RelatedEntities
    {
        get => GetParameter<EntityReferenceCollection>(nameof(RelatedEntities));
        set => Parameters[nameof(RelatedEntities)] = value;
    }
}
