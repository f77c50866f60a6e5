namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A yes/no column with the labels of its two options.</summary>
public sealed class BooleanAttributeMetadata : AttributeMetadata
{
    public BooleanAttributeMetadata()
        : base(AttributeTypeCode.Boolean)
    {
    }

    public BooleanAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Boolean, schemaName)
    {
    }

    public BooleanAttributeMetadata(BooleanOptionSetMetadata optionSet)
        : this()
    {
        OptionSet = optionSet;
    }

    public BooleanAttributeMetadata(string schemaName, BooleanOptionSetMetadata optionSet)
        : this(schemaName)
    {
        OptionSet = optionSet;
    }

    public bool? DefaultValue { get; set; }

    public BooleanOptionSetMetadata OptionSet { get; set; }
}
