namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A column whose values come from an option set (choice, statecode, statuscode).</summary>
public abstract class EnumAttributeMetadata : AttributeMetadata
{
    protected EnumAttributeMetadata()
    {
    }

    protected EnumAttributeMetadata(AttributeTypeCode attributeType, string schemaName)
        : base(attributeType, schemaName)
    {
    }

    /// <summary>The option a new row's form starts with, or null (-1 in the maker portal).</summary>
    public int? DefaultFormValue { get; set; }

    public OptionSetMetadata OptionSet { get; set; }
}
