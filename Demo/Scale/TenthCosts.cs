using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Recording;

namespace CrmIndependence.Demo.Scale
{
    /// <summary>
    /// What the plugins cost in each tenth of a timeline, per plugin: executions, service calls, rows returned to them
    /// and rows the emulator examined to answer them; and the time each tenth took (from this object's creation, so
    /// the first tenth includes building the org). If a plugin's cost grows with the org's history, its cost per
    /// execution keeps rising from tenth to tenth instead of levelling off.
    /// </summary>
    public sealed class TenthCosts
    {
        private readonly int events;
        private readonly Dictionary<string, Tally> byPlugin = new(StringComparer.Ordinal);
        private readonly double[] milliseconds = new double[10];
        private readonly System.Diagnostics.Stopwatch watch = System.Diagnostics.Stopwatch.StartNew();
        private int tenth;

        public TenthCosts(int events)
        {
            this.events = events;
        }

        /// <summary>Events in one tenth of the timeline.</summary>
        public double EventsPerTenth => events / 10.0;

        /// <summary>Adds what the plugins did in one client operation to the tenth being played.</summary>
        public void Add(OperationRecord operation)
        {
            foreach (var run in operation.StepsRan)
            {
                if (!byPlugin.TryGetValue(run.PluginType.Name, out var tally))
                {
                    tally = new Tally();
                    byPlugin.Add(run.PluginType.Name, tally);
                }

                tally.Executions[tenth]++;
                tally.Calls[tenth] += run.ServiceCalls;
                tally.RowsReturned[tenth] += run.RowsReturned;
                tally.RowsExamined[tenth] += run.RowsExamined;
            }
        }

        /// <summary>Called after each event with the number played so far: closes the tenth's time when it ends, and moves to the next event's tenth.</summary>
        public void Played(int done)
        {
            var next = Math.Min(9, done * 10 / Math.Max(1, events));
            if (next != tenth || done == events)
            {
                milliseconds[tenth] += watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                tenth = next;
            }
        }

        /// <summary>Microseconds per event in each tenth.</summary>
        public Series MicrosecondsPerEvent() => new(milliseconds.Select(ms => ms * 1000 / EventsPerTenth).ToArray());

        /// <summary>Each plugin's cost per execution, tenth by tenth; the plugins whose calls or rows examined grew most from the middle to the end first.</summary>
        public IReadOnlyList<PluginCost> ByPlugin() =>
            byPlugin
                .Select(pair => new PluginCost(
                    pair.Key, pair.Value.Executions.Sum(),
                    PerExecution(pair.Value.Calls, pair.Value.Executions),
                    PerExecution(pair.Value.RowsReturned, pair.Value.Executions),
                    PerExecution(pair.Value.RowsExamined, pair.Value.Executions)))
                .OrderByDescending(plugin => Math.Max(plugin.Calls.Growth, plugin.RowsExamined.Growth))
                .ThenBy(plugin => plugin.Plugin, StringComparer.Ordinal)
                .ToList();

        /// <summary>All plugins' service calls, rows returned and rows examined per event, tenth by tenth.</summary>
        public (Series Calls, Series RowsReturned, Series RowsExamined) PerEvent() =>
            (PerEvent(tally => tally.Calls), PerEvent(tally => tally.RowsReturned), PerEvent(tally => tally.RowsExamined));

        private Series PerEvent(Func<Tally, long[]> counter) =>
            new(Enumerable.Range(0, 10).Select(i => byPlugin.Values.Sum(tally => counter(tally)[i]) / EventsPerTenth).ToArray());

        private static Series PerExecution(long[] counts, long[] executions) =>
            new(counts.Select((count, i) => executions[i] == 0 ? double.NaN : (double)count / executions[i]).ToArray());

        private sealed class Tally
        {
            public long[] Executions { get; } = new long[10];

            public long[] Calls { get; } = new long[10];

            public long[] RowsReturned { get; } = new long[10];

            public long[] RowsExamined { get; } = new long[10];
        }
    }

    /// <summary>A figure in each tenth of a timeline (NaN where there was nothing to measure).</summary>
    public sealed record Series(double[] Tenths)
    {
        public double First => Tenths[0];

        public double Middle => Tenths[4];

        public double Last => Tenths[9];

        /// <summary>Last ÷ middle: the first tenth is a warm-up, the middle is the reference.</summary>
        public double Growth => double.IsNaN(Last) || double.IsNaN(Middle) || Middle == 0 ? double.NaN : Last / Middle;
    }

    /// <summary>One plugin's executions and its cost per execution, tenth by tenth.</summary>
    public sealed record PluginCost(string Plugin, long Executions, Series Calls, Series RowsReturned, Series RowsExamined);
}
