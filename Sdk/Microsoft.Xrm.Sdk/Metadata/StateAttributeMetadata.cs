namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>The statecode column; its options are <see cref="StateOptionMetadata"/>.</summary>
public sealed class StateAttributeMetadata : EnumAttributeMetadata
{
    public StateAttributeMetadata()
        : base(AttributeTypeCode.State, null)
    {
    }
}
