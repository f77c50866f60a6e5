namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A lookup column (also customer and owner columns, told apart by AttributeType).</summary>
public sealed class LookupAttributeMetadata : AttributeMetadata
{
    public LookupAttributeMetadata()
        : base(AttributeTypeCode.Lookup)
    {
    }

    /// <summary>The tables a value may point to.</summary>
    public string[] Targets { get; set; }
}
