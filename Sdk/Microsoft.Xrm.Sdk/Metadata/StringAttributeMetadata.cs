namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A single line of text column.</summary>
public sealed class StringAttributeMetadata : AttributeMetadata
{
    public const int MinSupportedLength = 1;
    public const int MaxSupportedLength = 4000;

    public StringAttributeMetadata()
        : base(AttributeTypeCode.String)
    {
    }

    public StringAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.String, schemaName)
    {
    }

    public StringFormat? Format { get; set; }

    public int? MaxLength { get; set; }
}
