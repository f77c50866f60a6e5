namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>
/// A table's metadata as RetrieveEntity returns it: names, ownership, primary columns and, depending on
/// the EntityFilters asked for, its columns, keys and relationships. The platform fills the read-only members.
/// </summary>
public sealed class EntityMetadata : MetadataBase
{
    public EntityMetadata()
    {
    }

    /// <summary>The columns (with EntityFilters.Attributes), else null.</summary>
    public AttributeMetadata[] Attributes { get; internal set; }

    public Label Description { get; set; }

    public Label DisplayCollectionName { get; set; }

    public Label DisplayName { get; set; }

    public bool? IsActivity { get; set; }

    public bool? IsCustomEntity { get; internal set; }

    public bool? IsIntersect { get; internal set; }

    public bool? IsManaged { get; internal set; }

    public string LogicalName { get; set; }

    public ManyToManyRelationshipMetadata[] ManyToManyRelationships { get; internal set; }

    /// <summary>The relationships in which this table holds the lookup (with EntityFilters.Relationships).</summary>
    public OneToManyRelationshipMetadata[] ManyToOneRelationships { get; internal set; }

    /// <summary>The relationships in which other tables look this one up (with EntityFilters.Relationships).</summary>
    public OneToManyRelationshipMetadata[] OneToManyRelationships { get; internal set; }

    public int? ObjectTypeCode { get; internal set; }

    public OwnershipTypes? OwnershipType { get; set; }

    public string PrimaryNameAttribute { get; internal set; }

    public string PrimaryIdAttribute { get; internal set; }

    public string SchemaName { get; set; }

    public bool? IsStateModelAware { get; internal set; }

    public EntityKeyMetadata[] Keys { get; internal set; }

    public string LogicalCollectionName { get; set; }

    public string EntitySetName { get; set; }

    /// <summary>Whether notes (annotation) can be attached to its rows.</summary>
    public bool? HasNotes { get; set; }

    /// <summary>Whether activities can be set regarding its rows.</summary>
    public bool? HasActivities { get; set; }
}
