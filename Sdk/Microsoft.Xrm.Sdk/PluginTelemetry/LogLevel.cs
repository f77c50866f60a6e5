namespace Microsoft.Xrm.Sdk.PluginTelemetry;

/// <summary>The severity of a log entry written through <see cref="ILogger"/> (values of the official enum).</summary>
public enum LogLevel
{
    Trace = 0,
    Debug = 1,
    Information = 2,
    Warning = 3,
    Error = 4,
    Critical = 5,
    None = 6,
}
