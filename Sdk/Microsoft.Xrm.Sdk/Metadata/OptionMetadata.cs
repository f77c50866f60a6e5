namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>One option of an option set: its value and label.</summary>
public class OptionMetadata : MetadataBase
{
    public OptionMetadata()
    {
    }

    public OptionMetadata(int value)
    {
        Value = value;
    }

    public OptionMetadata(Label label, int? value)
    {
        Label = label;
        Value = value;
    }

    public int? Value { get; set; }

    public Label Label { get; set; }

    public Label Description { get; set; }

    public bool? IsManaged { get; internal set; }
}
