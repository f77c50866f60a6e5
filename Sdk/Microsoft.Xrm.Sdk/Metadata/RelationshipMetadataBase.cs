namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>What every relationship has: its schema name and kind.</summary>
public abstract class RelationshipMetadataBase : MetadataBase
{
    protected RelationshipMetadataBase()
    {
    }

    protected RelationshipMetadataBase(RelationshipType type)
    {
        RelationshipType = type;
    }

    public bool? IsCustomRelationship { get; set; }

    public string SchemaName { get; set; }

    public RelationshipType RelationshipType { get; internal set; }
}
