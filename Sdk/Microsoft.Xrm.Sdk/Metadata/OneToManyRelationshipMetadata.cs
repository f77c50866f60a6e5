namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A 1:N relationship: the referenced (one) table and the referencing table with its lookup column.</summary>
public sealed class OneToManyRelationshipMetadata : RelationshipMetadataBase
{
    public OneToManyRelationshipMetadata()
        : base(RelationshipType.OneToManyRelationship)
    {
    }

    public string ReferencedAttribute { get; set; }

    public string ReferencedEntity { get; set; }

    public string ReferencingAttribute { get; set; }

    public string ReferencingEntity { get; set; }

    /// <summary>Whether this self-referencing relationship is the table's hierarchy.</summary>
    public bool? IsHierarchical { get; set; }
}
