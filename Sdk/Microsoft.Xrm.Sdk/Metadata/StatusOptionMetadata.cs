namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A status reason (statuscode option) with the state it belongs to.</summary>
public sealed class StatusOptionMetadata : OptionMetadata
{
    public StatusOptionMetadata()
    {
    }

    public StatusOptionMetadata(int value, int? state)
        : base(value)
    {
        State = state;
    }

    public int? State { get; set; }
}
