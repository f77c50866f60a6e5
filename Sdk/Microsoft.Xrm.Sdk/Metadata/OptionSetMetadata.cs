namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>An option set with its options (choice, state or status).</summary>
public sealed class OptionSetMetadata : OptionSetMetadataBase
{
    public OptionSetMetadata()
        : this(new OptionMetadataCollection())
    {
    }

    public OptionSetMetadata(OptionMetadataCollection options)
    {
        Options = options;
    }

    public OptionMetadataCollection Options { get; internal set; }
}
