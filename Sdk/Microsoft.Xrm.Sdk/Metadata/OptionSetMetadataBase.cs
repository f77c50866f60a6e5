namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>What every option set has: its name, labels, kind and whether it is global.</summary>
public abstract class OptionSetMetadataBase : MetadataBase
{
    protected OptionSetMetadataBase()
    {
    }

    public Label Description { get; set; }

    public Label DisplayName { get; set; }

    public bool? IsCustomOptionSet { get; set; }

    /// <summary>A global choice (shared by columns, RetrieveOptionSet finds it by name) or a column's own.</summary>
    public bool? IsGlobal { get; set; }

    public bool? IsManaged { get; internal set; }

    public string Name { get; set; }

    public OptionSetType? OptionSetType { get; set; }
}
