using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Signals.Platform
{
    /// <summary>
    /// Hands signals from a synchronous step to an asynchronous one of the same operation, so a failure in
    /// signal recording never blocks the user's save and the synchronous step spends no service call on it.
    /// The synchronous step <see cref="Defer"/>s a signal into <c>SharedVariables</c> (an
    /// <see cref="EntityCollection"/> under a key of its capability: serializable, so it travels with the
    /// asynchronous operation); the asynchronous PostOperation step of the same message <see cref="RecordAll"/>s
    /// them with <see cref="SignalRecorder"/> (upsert by idempotency key: a retried job never counts twice).
    /// A refused operation is rolled back before any asynchronous step is queued, so it records nothing.
    /// </summary>
    public static class DeferredSignals
    {
        public static void Defer(IExecutionContext context, string key, Signal signal)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            if (signal == null)
            {
                throw new ArgumentNullException(nameof(signal));
            }

            var pending = context.SharedVariables.TryGetValue(key, out var existing) && existing is EntityCollection collection
                ? collection
                : new EntityCollection { EntityName = DependencySignal.EntityName };
            pending.Entities.Add(SignalRows.ToRow(signal));
            context.SharedVariables[key] = pending;
        }

        /// <summary>The signals deferred under <paramref name="key"/> in this operation (none when the variable is absent).</summary>
        public static IReadOnlyList<Signal> Pending(IExecutionContext context, string key)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            return context.SharedVariables.TryGetValue(key, out var value) && value is EntityCollection collection
                ? collection.Entities.Select(SignalRows.FromRow).ToList()
                : new List<Signal>();
        }

        /// <summary>Records every signal deferred under <paramref name="key"/>; returns how many were new.</summary>
        public static int RecordAll(LocalPluginContext context, string key) =>
            Record(context, key, Pending(context.ExecutionContext, key));

        /// <summary>
        /// Records <paramref name="signals"/>: the ones deferred under <paramref name="key"/>, as the asynchronous
        /// step completed them (e.g. with the manager it read off the user's save); returns how many were new.
        /// </summary>
        public static int Record(LocalPluginContext context, string key, IReadOnlyList<Signal> signals)
        {
            if (signals == null)
            {
                throw new ArgumentNullException(nameof(signals));
            }

            if (signals.Count == 0)
            {
                context.Trace($"No signal was deferred under '{key}': nothing to record.");
                return 0;
            }

            var created = 0;
            foreach (var signal in signals)
            {
                var isNew = SignalRecorder.Record(context.SystemService, signal);
                created += isNew ? 1 : 0;
                context.Trace($"Signal {signal.Kind} for rep {signal.RepId} ({signal.IdempotencyKey}) {(isNew ? "recorded" : "was already recorded")}.");
            }

            return created;
        }
    }
}
