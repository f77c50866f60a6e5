namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A decimal number column.</summary>
public sealed class DecimalAttributeMetadata : AttributeMetadata
{
    public const double MinSupportedValue = -100000000000;
    public const double MaxSupportedValue = 100000000000;
    public const int MinSupportedPrecision = 0;
    public const int MaxSupportedPrecision = 10;

    public DecimalAttributeMetadata()
        : base(AttributeTypeCode.Decimal)
    {
    }

    public DecimalAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Decimal, schemaName)
    {
    }

    public decimal? MaxValue { get; set; }

    public decimal? MinValue { get; set; }

    public int? Precision { get; set; }
}
