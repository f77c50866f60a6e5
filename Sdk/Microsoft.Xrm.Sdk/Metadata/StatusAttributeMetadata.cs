namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>The statuscode column; its options are <see cref="StatusOptionMetadata"/>, each naming its state.</summary>
public sealed class StatusAttributeMetadata : EnumAttributeMetadata
{
    public StatusAttributeMetadata()
        : base(AttributeTypeCode.Status, null)
    {
    }
}
