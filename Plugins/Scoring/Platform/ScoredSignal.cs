using System;
using System.Globalization;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Scoring.Platform
{
    /// <summary>Reads a created <c>cri_dependencysignal</c> row back into a <see cref="Signal"/> the score can apply.</summary>
    internal static class ScoredSignal
    {
        /// <summary>The signal, or null with <paramref name="problem"/> saying why the row cannot be scored.</summary>
        public static Signal? From(Entity row, Guid rowId, DateTime fallbackOccurredOn, out string problem)
        {
            var kindValue = row.GetAttributeValue<OptionSetValue>(DependencySignal.Kind)?.Value;
            var kind = kindValue.HasValue ? SignalKinds.FromOptionValue(kindValue.Value) : null;
            if (kind == null)
            {
                problem = $"The signal has no known kind ({DependencySignal.Kind} = {kindValue?.ToString(CultureInfo.InvariantCulture) ?? "empty"}): it is not scored.";
                return null;
            }

            var rep = row.GetAttributeValue<EntityReference>(DependencySignal.RepId);
            if (rep == null || rep.Id == Guid.Empty)
            {
                problem = $"The {SignalKinds.Label(kind.Value)} signal names no rep ({DependencySignal.RepId} is empty): it is not scored.";
                return null;
            }

            var occurredOn = row.GetAttributeValue<DateTime?>(DependencySignal.OccurredOn) ?? fallbackOccurredOn;
            var details = row.GetAttributeValue<string>(DependencySignal.Details);
            var key = row.GetAttributeValue<string>(DependencySignal.IdempotencyKey);
            problem = string.Empty;

            // The default weight applies: the score row keeps counts, and its points are counts times default weights.
            return new Signal(
                kind.Value,
                rep.Id,
                occurredOn,
                string.IsNullOrWhiteSpace(details) ? SignalKinds.Label(kind.Value) : details!,
                string.IsNullOrWhiteSpace(key) || key!.Length > IdempotencyKey.MaximumLength ? rowId.ToString("N") : key!);
        }
    }
}
