using System;
using System.Collections.Generic;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Emulator.Recording;

namespace CrmIndependence.Demo.Playing
{
    /// <summary>An operation a plugin refused (an InvalidPluginExecutionException, seen by the client as a fault).</summary>
    public sealed record Refusal(ScenarioEvent Event, string Message);

    /// <summary>
    /// What it cost to play one event: the plugins' service calls, the rows those calls returned to them, the rows the
    /// emulator examined to answer them, and the plugin executions.
    /// </summary>
    public readonly record struct EventCost(int ServiceCalls, int StepsRan, int RowsReturned = 0, int RowsExamined = 0)
    {
        public EventCost Plus(OperationRecord operation) => new(
            ServiceCalls + operation.TotalServiceCalls, StepsRan + operation.StepsRan.Count,
            RowsReturned + operation.TotalRowsReturned, RowsExamined + operation.TotalRowsExamined);
    }

    /// <summary>The policy value the org held from <see cref="At"/> on (read back from its row after each change).</summary>
    public sealed record PolicyChange(DateTime At, string Json);

    /// <summary>The org after a complete play, the scenario's keys mapped to the org's ids, and what the client saw.</summary>
    public sealed class PlayResult
    {
        public PlayResult(Scenario scenario, Org org, SimulatedClock clock, IReadOnlyDictionary<string, User> users, IReadOnlyDictionary<string, Guid> deals)
        {
            Scenario = scenario;
            Org = org;
            Clock = clock;
            Users = users;
            Deals = deals;
        }

        public Scenario Scenario { get; }

        public Org Org { get; }

        public SimulatedClock Clock { get; }

        public IReadOnlyDictionary<string, User> Users { get; }

        public IReadOnlyDictionary<string, Guid> Deals { get; }

        public List<Refusal> Refusals { get; } = new();

        /// <summary>Every value the policy row took, in order, as the org stored it (its value and modified-on).</summary>
        public List<PolicyChange> PolicyChanges { get; } = new();

        /// <summary>Coaching events with no planned session for the rep (the plugins had opened none).</summary>
        public List<CoachingEvent> NoSessionToChange { get; } = new();

        /// <summary>One entry per event played, in play order.</summary>
        public List<EventCost> Costs { get; } = new();

        public int EventsPlayed => Costs.Count;

        public TimeSpan Elapsed { get; set; }
    }
}
