using System;
using Stopwatch = System.Diagnostics.Stopwatch;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Recording;
using CrmIndependence.Solution.Emulation;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Demo.Playing
{
    /// <summary>
    /// Plays a scenario through the real plugins: builds an org on a <see cref="SimulatedClock"/> with the solution's
    /// tables, its security roles and every step the plugin assembly declares, seeds the org, then plays the timeline in
    /// time order as the acting users, each with the roles the install guide gives them (a user someone reports to is a
    /// sales manager, anyone else a rep). A refusal by a plugin is an outcome (counted), not an error; anything else the org refuses stops
    /// the play with a <see cref="ScenarioException"/> naming the event, and no result is returned.
    /// </summary>
    /// <remarks>
    /// This file is the public API. The org being played (building it, playing each event, translating the org's
    /// faults) is <see cref="PlaySession"/> (PlaySession.cs); the rows and requests sent for scenario entries are
    /// <see cref="ScenarioRows"/> (ScenarioRows.cs).
    /// </remarks>
    public sealed partial class ScenarioPlayer
    {
        /// <summary>The emulator's id seed for every play.</summary>
        public const int ReproducibleIds = 16;

        private readonly string solutionFolder;

        public ScenarioPlayer(string? solutionFolder = null)
        {
            this.solutionFolder = solutionFolder ?? RepositoryFolders.SolutionSource;
        }

        /// <summary>Called after each event with (events played, events in all).</summary>
        public Action<int, int>? Progress { get; set; }

        /// <summary>Called for every client call made to play an event, with the org's record of what it ran (e.g. to attribute the plugins' cost).</summary>
        public Action<OperationRecord>? Observe { get; set; }

        public PlayResult Play(Scenario scenario)
        {
            var watch = Stopwatch.StartNew();
            var clock = new SimulatedClock(scenario.Start);
            // A fixed id seed: the same scenario plays to the same org, tie for tie, on every run.
            // Security on with the solution's roles and the manager hierarchy, as the install guide sets up Dataverse.
            var org = SolutionOrg.Create(clock, options => options.IdSeed = ReproducibleIds, solutionFolder);
            var session = new PlaySession(scenario, org, clock, Observe);
            session.Build();
            var result = session.PlayAll(Progress);
            result.Elapsed = watch.Elapsed;
            return result;
        }
    }
}
