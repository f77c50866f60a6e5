namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>
/// A column's metadata as RetrieveAttribute and RetrieveEntity return it. The platform fills the read-only
/// members; a subclass per column type adds what that type has (MaxLength, Options, Targets…).
/// </summary>
public class AttributeMetadata : MetadataBase
{
    public AttributeMetadata()
    {
    }

    protected AttributeMetadata(AttributeTypeCode attributeType)
    {
        AttributeType = attributeType;
    }

    protected AttributeMetadata(AttributeTypeCode attributeType, string schemaName)
        : this(attributeType)
    {
        SchemaName = schemaName;
    }

    /// <summary>The column this one belongs to (a lookup's name column, yominame…), or null.</summary>
    public string AttributeOf { get; internal set; }

    public AttributeTypeCode? AttributeType { get; internal set; }

    public int? ColumnNumber { get; internal set; }

    public Label Description { get; set; }

    public Label DisplayName { get; set; }

    public string EntityLogicalName { get; internal set; }

    public bool? IsCustomAttribute { get; internal set; }

    public bool? IsPrimaryId { get; internal set; }

    public bool? IsPrimaryName { get; internal set; }

    public bool? IsValidForCreate { get; set; }

    public bool? IsValidForRead { get; internal set; }

    public bool? IsValidForUpdate { get; set; }

    public bool? IsManaged { get; internal set; }

    public string LogicalName { get; set; }

    public AttributeRequiredLevelManagedProperty RequiredLevel { get; set; }

    public string SchemaName { get; set; }
}
