namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A whole number column.</summary>
public sealed class IntegerAttributeMetadata : AttributeMetadata
{
    public const int MinSupportedValue = -2147483648;
    public const int MaxSupportedValue = 2147483647;

    public IntegerAttributeMetadata()
        : base(AttributeTypeCode.Integer)
    {
    }

    public IntegerAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Integer, schemaName)
    {
    }

    public int? MaxValue { get; set; }

    public int? MinValue { get; set; }
}
