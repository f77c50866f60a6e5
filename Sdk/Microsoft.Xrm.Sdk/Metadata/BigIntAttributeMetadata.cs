namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A big integer column (versionnumber).</summary>
public sealed class BigIntAttributeMetadata : AttributeMetadata
{
    public const long MinSupportedValue = -9223372036854775808;
    public const long MaxSupportedValue = 9223372036854775807;

    public BigIntAttributeMetadata()
        : base(AttributeTypeCode.BigInt)
    {
    }

    public BigIntAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.BigInt, schemaName)
    {
    }

    public long? MaxValue { get; internal set; }

    public long? MinValue { get; internal set; }
}
