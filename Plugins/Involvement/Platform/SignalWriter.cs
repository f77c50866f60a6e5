using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Signals;
using CrmIndependence.Plugins.Signals.Platform;

namespace CrmIndependence.Plugins.Involvement.Platform
{
    /// <summary>Traces an involvement decision and records its signal, if any, once per idempotency key.</summary>
    internal static class SignalWriter
    {
        /// <summary>Returns true when the outcome had a signal (new or recorded by an earlier run of the step).</summary>
        public static bool Write(LocalPluginContext context, InvolvementOutcome outcome)
        {
            context.Trace(outcome.Explanation);
            if (outcome.Signal == null)
            {
                return false;
            }

            Record(context, outcome.Signal);
            return true;
        }

        /// <summary>Records the signal as SYSTEM; returns false when a run before this one already recorded it.</summary>
        public static bool Record(LocalPluginContext context, Signal signal)
        {
            var created = SignalRecorder.Record(context.SystemService, signal);
            context.Trace(created
                ? $"Recorded signal {signal.IdempotencyKey} ({SignalKinds.Label(signal.Kind)}) for rep {signal.RepId}."
                : $"Signal {signal.IdempotencyKey} was already recorded by an earlier run: not counted again.");
            return created;
        }
    }
}
