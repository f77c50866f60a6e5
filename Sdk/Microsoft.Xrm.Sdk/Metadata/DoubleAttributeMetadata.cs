namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A floating point number column.</summary>
public sealed class DoubleAttributeMetadata : AttributeMetadata
{
    public const double MinSupportedValue = -100000000000;
    public const double MaxSupportedValue = 100000000000;
    public const int MinSupportedPrecision = 0;
    public const int MaxSupportedPrecision = 5;

    public DoubleAttributeMetadata()
        : base(AttributeTypeCode.Double)
    {
    }

    public DoubleAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Double, schemaName)
    {
    }

    public double? MaxValue { get; set; }

    public double? MinValue { get; set; }

    public int? Precision { get; set; }
}
