namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>An N:N relationship: its two tables and the intersect table joining them.</summary>
public sealed class ManyToManyRelationshipMetadata : RelationshipMetadataBase
{
    public ManyToManyRelationshipMetadata()
        : base(RelationshipType.ManyToManyRelationship)
    {
    }

    public string Entity1LogicalName { get; set; }

    public string Entity2LogicalName { get; set; }

    public string IntersectEntityName { get; set; }

    public string Entity1IntersectAttribute { get; set; }

    public string Entity2IntersectAttribute { get; set; }
}
