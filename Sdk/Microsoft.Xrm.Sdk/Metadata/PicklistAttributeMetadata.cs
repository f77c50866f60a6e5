namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A choice column.</summary>
public sealed class PicklistAttributeMetadata : EnumAttributeMetadata
{
    public PicklistAttributeMetadata()
        : this(null)
    {
    }

    public PicklistAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Picklist, schemaName)
    {
    }
}
