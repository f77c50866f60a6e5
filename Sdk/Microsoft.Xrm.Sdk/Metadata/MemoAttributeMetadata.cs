namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A multiple lines of text column.</summary>
public sealed class MemoAttributeMetadata : AttributeMetadata
{
    public const int MinSupportedLength = 1;
    public const int MaxSupportedLength = 1048576;

    public MemoAttributeMetadata()
        : base(AttributeTypeCode.Memo)
    {
    }

    public MemoAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Memo, schemaName)
    {
    }

    public StringFormat? Format { get; set; }

    public int? MaxLength { get; set; }
}
