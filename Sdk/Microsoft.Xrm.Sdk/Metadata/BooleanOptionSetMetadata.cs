namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>The two options of a yes/no column.</summary>
public sealed class BooleanOptionSetMetadata : OptionSetMetadataBase
{
    public BooleanOptionSetMetadata()
    {
        OptionSetType = Metadata.OptionSetType.Boolean;
    }

    public BooleanOptionSetMetadata(OptionMetadata trueOption, OptionMetadata falseOption)
        : this()
    {
        TrueOption = trueOption;
        FalseOption = falseOption;
    }

    public OptionMetadata TrueOption { get; set; }

    public OptionMetadata FalseOption { get; set; }
}
