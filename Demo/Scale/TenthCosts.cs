using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Recording;

namespace CrmIndependence.Demo.Scale
{
    /// <summary>
    /// The plugins' service calls in the first and in the last tenth of a timeline, per plugin: if a plugin's cost
    /// grows with the org's history, its calls per event are higher in the last tenth than in the first.
    /// </summary>
    public sealed class TenthCosts
    {
        private readonly int events;
        private readonly Dictionary<string, (long First, long Last)> callsByPlugin = new(StringComparer.Ordinal);
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
            if (tenth != 0 && tenth != 9)
            {
                return;
            }

            foreach (var run in operation.StepsRan)
            {
                var plugin = run.PluginType.Name;
                var (first, last) = callsByPlugin.TryGetValue(plugin, out var calls) ? calls : (0, 0);
                callsByPlugin[plugin] = tenth == 0 ? (first + run.ServiceCalls, last) : (first, last + run.ServiceCalls);
            }
        }

        /// <summary>Called after each event with the number played so far: the next event's tenth.</summary>
        public void Played(int done) => tenth = Math.Min(9, done * 10 / Math.Max(1, events));

        /// <summary>Service calls per event of each plugin in the first and the last tenth, the plugins whose cost grew most first.</summary>
        public IReadOnlyList<(string Plugin, double First, double Last)> PerEvent() =>
            callsByPlugin
                .Select(pair => (Plugin: pair.Key, First: pair.Value.First / EventsPerTenth, Last: pair.Value.Last / EventsPerTenth))
                .OrderByDescending(plugin => plugin.Last - plugin.First)
                .ThenBy(plugin => plugin.Plugin, StringComparer.Ordinal)
                .ToList();

        /// <summary>All plugins' service calls per event in the first and the last tenth.</summary>
        public (double First, double Last) Total()
        {
            var perEvent = PerEvent();
            return (perEvent.Sum(plugin => plugin.First), perEvent.Sum(plugin => plugin.Last));
        }
    }
}
