namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A currency column.</summary>
public sealed class MoneyAttributeMetadata : AttributeMetadata
{
    public const double MinSupportedValue = -922337203685477;
    public const double MaxSupportedValue = 922337203685477;
    public const int MinSupportedPrecision = 0;
    public const int MaxSupportedPrecision = 4;
    public const int MaxSupportedPrecisionAfterCurrencyConversion = 10;

    public MoneyAttributeMetadata()
        : base(AttributeTypeCode.Money)
    {
    }

    public MoneyAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Money, schemaName)
    {
    }

    public double? MaxValue { get; set; }

    public double? MinValue { get; set; }

    public int? Precision { get; set; }

    /// <summary>Where the precision comes from: 0 the column, 1 the organization's pricing precision, 2 the currency.</summary>
    public int? PrecisionSource { get; set; }

    /// <summary>Whether this is the base-currency copy of another money column (the _base columns).</summary>
    public bool? IsBaseCurrency { get; internal set; }
}
