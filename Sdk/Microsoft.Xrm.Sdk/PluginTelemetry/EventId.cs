namespace Microsoft.Xrm.Sdk.PluginTelemetry;

/// <summary>Identifies a logging event: a number and an optional name.</summary>
public class EventId
{
    public EventId(int id, string name = null)
    {
        Id = id;
        Name = name;
    }

    public int Id { get; }

    public string Name { get; }
}
