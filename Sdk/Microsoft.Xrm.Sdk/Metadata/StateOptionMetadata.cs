namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A state (statecode option) with the status a row gets by default in it.</summary>
public sealed class StateOptionMetadata : OptionMetadata
{
    public StateOptionMetadata()
    {
    }

    public int? DefaultStatus { get; set; }

    /// <summary>The state's language-independent name (Active, Inactive, Open, Won…).</summary>
    public string InvariantName { get; set; }
}
