using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Recording;

namespace CrmIndependence.Demo.Scale
{
    /// <summary>
    /// The plugins' service calls and executions in each tenth of a timeline, per plugin: if a plugin's cost grows with
    /// the org's history, its calls per execution keep rising from tenth to tenth instead of levelling off.
    /// </summary>
    public sealed class TenthCosts
    {
        private readonly int events;
        private readonly Dictionary<string, long[]> callsByPlugin = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long[]> executionsByPlugin = new(StringComparer.Ordinal);
        private int tenth;

        public TenthCosts(int events)
        {
            this.events = events;
        }

        /// <summary>Events in one tenth of the timeline.</summary>
        public double EventsPerTenth => events / 10.0;

        /// <summary>Adds the calls of one client operation to the tenth being played.</summary>
        public void Add(OperationRecord operation)
        {
            foreach (var run in operation.StepsRan)
            {
                if (!callsByPlugin.TryGetValue(run.PluginType.Name, out var calls))
                {
                    calls = new long[10];
                    callsByPlugin.Add(run.PluginType.Name, calls);
                    executionsByPlugin.Add(run.PluginType.Name, new long[10]);
                }

                calls[tenth] += run.ServiceCalls;
                executionsByPlugin[run.PluginType.Name][tenth]++;
            }
        }

        /// <summary>Called after each event with the number played so far: the next event's tenth.</summary>
        public void Played(int done) => tenth = Math.Min(9, done * 10 / Math.Max(1, events));

        /// <summary>
        /// Each plugin's executions over the whole timeline and its service calls per execution in each tenth (NaN where
        /// it did not run), the plugins whose cost per execution grew most from the middle to the end first.
        /// </summary>
        public IReadOnlyList<(string Plugin, long Executions, double[] CallsPerExecution)> ByPlugin() =>
            callsByPlugin
                .Select(pair =>
                {
                    var executions = executionsByPlugin[pair.Key];
                    return (Plugin: pair.Key, Executions: executions.Sum(),
                        CallsPerExecution: pair.Value.Select((calls, i) => executions[i] == 0 ? double.NaN : (double)calls / executions[i]).ToArray());
                })
                .OrderByDescending(plugin => Growth(plugin.CallsPerExecution))
                .ThenBy(plugin => plugin.Plugin, StringComparer.Ordinal)
                .ToList();

        /// <summary>All plugins' service calls per event in each tenth.</summary>
        public double[] Total() =>
            Enumerable.Range(0, 10).Select(i => callsByPlugin.Values.Sum(calls => calls[i]) / EventsPerTenth).ToArray();

        private static double Growth(double[] perTenth) =>
            double.IsNaN(perTenth[9]) || double.IsNaN(perTenth[4]) || perTenth[4] == 0 ? double.MinValue : perTenth[9] / perTenth[4];
    }
}
