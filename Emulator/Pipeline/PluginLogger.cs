using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using CrmIndependence.Emulator.Recording;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>
/// The <see cref="ILogger"/> a plug-in gets from the service provider. Dataverse sends its entries to the
/// organization's Application Insights; the emulator writes each one to the execution's trace, as
/// "<c>Level: message</c>" (with the event id, the exception and the open scopes when there are any), so a
/// test reads them where it reads the trace. Message templates take their arguments in order, whether the
/// placeholders are numbered (<c>{0}</c>) or named (<c>{Deal}</c>).
/// </summary>
internal sealed class PluginLogger : ILogger
{
    private readonly StepRun run;
    private readonly List<string> scopes = new();

    public PluginLogger(StepRun run)
    {
        this.run = run;
    }

    public IDisposable BeginScope<TState>(TState state) => OpenScope(Convert.ToString(state, CultureInfo.InvariantCulture) ?? string.Empty);

    public IDisposable BeginScope(string messageFormat, params object[] args) => OpenScope(Render(messageFormat, args));

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter) =>
        Write(logLevel, eventId, exception, formatter == null ? Convert.ToString(state, CultureInfo.InvariantCulture) : formatter(state, exception));

    public void Log(LogLevel logLevel, EventId eventId, Exception exception, string message, params object[] args) => Write(logLevel, eventId, exception, Render(message, args));

    public void Log(LogLevel logLevel, EventId eventId, string message, params object[] args) => Write(logLevel, eventId, null, Render(message, args));

    public void Log(LogLevel logLevel, Exception exception, string message, params object[] args) => Write(logLevel, null, exception, Render(message, args));

    public void Log(LogLevel logLevel, string message, params object[] args) => Write(logLevel, null, null, Render(message, args));

    public void LogCritical(EventId eventId, Exception exception, string message, params object[] args) => Log(LogLevel.Critical, eventId, exception, message, args);

    public void LogCritical(EventId eventId, string message, params object[] args) => Log(LogLevel.Critical, eventId, message, args);

    public void LogCritical(Exception exception, string message, params object[] args) => Log(LogLevel.Critical, exception, message, args);

    public void LogCritical(string message, params object[] args) => Log(LogLevel.Critical, message, args);

    public void LogDebug(EventId eventId, Exception exception, string message, params object[] args) => Log(LogLevel.Debug, eventId, exception, message, args);

    public void LogDebug(EventId eventId, string message, params object[] args) => Log(LogLevel.Debug, eventId, message, args);

    public void LogDebug(Exception exception, string message, params object[] args) => Log(LogLevel.Debug, exception, message, args);

    public void LogDebug(string message, params object[] args) => Log(LogLevel.Debug, message, args);

    public void LogError(EventId eventId, Exception exception, string message, params object[] args) => Log(LogLevel.Error, eventId, exception, message, args);

    public void LogError(EventId eventId, string message, params object[] args) => Log(LogLevel.Error, eventId, message, args);

    public void LogError(Exception exception, string message, params object[] args) => Log(LogLevel.Error, exception, message, args);

    public void LogError(string message, params object[] args) => Log(LogLevel.Error, message, args);

    public void LogInformation(EventId eventId, Exception exception, string message, params object[] args) => Log(LogLevel.Information, eventId, exception, message, args);

    public void LogInformation(EventId eventId, string message, params object[] args) => Log(LogLevel.Information, eventId, message, args);

    public void LogInformation(Exception exception, string message, params object[] args) => Log(LogLevel.Information, exception, message, args);

    public void LogInformation(string message, params object[] args) => Log(LogLevel.Information, message, args);

    public void LogTrace(EventId eventId, Exception exception, string message, params object[] args) => Log(LogLevel.Trace, eventId, exception, message, args);

    public void LogTrace(EventId eventId, string message, params object[] args) => Log(LogLevel.Trace, eventId, message, args);

    public void LogTrace(Exception exception, string message, params object[] args) => Log(LogLevel.Trace, exception, message, args);

    public void LogTrace(string message, params object[] args) => Log(LogLevel.Trace, message, args);

    public void LogWarning(EventId eventId, Exception exception, string message, params object[] args) => Log(LogLevel.Warning, eventId, exception, message, args);

    public void LogWarning(EventId eventId, string message, params object[] args) => Log(LogLevel.Warning, eventId, message, args);

    public void LogWarning(Exception exception, string message, params object[] args) => Log(LogLevel.Warning, exception, message, args);

    public void LogWarning(string message, params object[] args) => Log(LogLevel.Warning, message, args);

    public void LogMetric(string metricName, long value) => run.AddTrace($"Metric {metricName} = {value.ToString(CultureInfo.InvariantCulture)}");

    public void LogMetric(string metricName, IDictionary<string, string> metricDimensions, long value) =>
        run.AddTrace($"Metric {metricName} = {value.ToString(CultureInfo.InvariantCulture)}{Dimensions(metricDimensions)}");

    public void AddCustomProperty(string propertyName, string propertyValue) => run.AddTrace($"Property {propertyName} = {propertyValue}");

    /// <summary>Runs the activity and traces how it ended; an exception it throws is traced and rethrown.</summary>
    public void Execute(string activityName, Action action, IEnumerable<KeyValuePair<string, string>> additionalCustomProperties = null!)
    {
        try
        {
            action();
            run.AddTrace($"Activity {activityName} succeeded{Dimensions(additionalCustomProperties)}");
        }
        catch (Exception exception)
        {
            run.AddTrace($"Activity {activityName} failed{Dimensions(additionalCustomProperties)}: {exception.GetType().Name}: {exception.Message}");
            throw;
        }
    }

    public async Task ExecuteAsync(string activityName, Func<Task> action, IEnumerable<KeyValuePair<string, string>> additionalCustomProperties = null!)
    {
        try
        {
            await action().ConfigureAwait(false);
            run.AddTrace($"Activity {activityName} succeeded{Dimensions(additionalCustomProperties)}");
        }
        catch (Exception exception)
        {
            run.AddTrace($"Activity {activityName} failed{Dimensions(additionalCustomProperties)}: {exception.GetType().Name}: {exception.Message}");
            throw;
        }
    }

    /// <summary>Fills a message template's placeholders, numbered or named, with the arguments in order; <c>{{</c> and <c>}}</c> are literal braces.</summary>
    internal static string Render(string? template, object[]? args)
    {
        if (template == null)
        {
            return string.Empty;
        }

        var text = new StringBuilder(template.Length);
        var next = 0;
        for (var index = 0; index < template.Length; index++)
        {
            var character = template[index];
            if ((character == '{' || character == '}') && index + 1 < template.Length && template[index + 1] == character)
            {
                text.Append(character);
                index++;
                continue;
            }

            var close = character == '{' ? template.IndexOf('}', index + 1) : -1;
            if (close < 0)
            {
                text.Append(character);
                continue;
            }

            var hole = template.Substring(index + 1, close - index - 1);
            var position = int.TryParse(hole.Split(',', ':')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : next++;
            text.Append(args != null && position < args.Length ? Convert.ToString(args[position], CultureInfo.InvariantCulture) : "{" + hole + "}");
            index = close;
        }

        return text.ToString();
    }

    private void Write(LogLevel level, EventId? eventId, Exception? exception, string? message)
    {
        if (!IsEnabled(level))
        {
            return;
        }

        var line = new StringBuilder().Append(level).Append(": ");
        if (eventId != null)
        {
            line.Append('[').Append(eventId.Id.ToString(CultureInfo.InvariantCulture));
            line.Append(string.IsNullOrEmpty(eventId.Name) ? string.Empty : " " + eventId.Name).Append("] ");
        }

        line.Append(message);
        if (scopes.Count > 0)
        {
            line.Append(" (scope: ").Append(string.Join(" > ", scopes)).Append(')');
        }

        if (exception != null)
        {
            line.Append(" — ").Append(exception.GetType().Name).Append(": ").Append(exception.Message);
        }

        run.AddTrace(line.ToString());
    }

    private IDisposable OpenScope(string name)
    {
        scopes.Add(name);
        return new Scope(() => scopes.Remove(name));
    }

    private static string Dimensions(IEnumerable<KeyValuePair<string, string>>? pairs)
    {
        if (pairs == null)
        {
            return string.Empty;
        }

        var text = string.Join(", ", System.Linq.Enumerable.Select(pairs, pair => $"{pair.Key}={pair.Value}"));
        return text.Length == 0 ? string.Empty : $" ({text})";
    }

    private sealed class Scope : IDisposable
    {
        private Action? close;

        public Scope(Action close)
        {
            this.close = close;
        }

        public void Dispose()
        {
            close?.Invoke();
            close = null;
        }
    }
}
