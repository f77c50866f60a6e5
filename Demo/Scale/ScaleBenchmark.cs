using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CrmIndependence.Demo.Generation;
using CrmIndependence.Demo.Playing;
using Spectre.Console;

namespace CrmIndependence.Demo.Scale
{
    /// <summary>
    /// Plays generated scenarios of growing size through the real plugins and measures the cost per event: events per
    /// second; the plugins' service calls, rows returned and rows examined per event (median, max, mean, and tenth by
    /// tenth of the timeline, from the emulator's operation records); plugin executions; memory. Flat means the plugins'
    /// cost per event does not grow with the org's history: the ratio between the largest and the smallest run, and
    /// between the end and the middle of the largest run's timeline, stay near 1.
    /// </summary>
    public static class ScaleBenchmark
    {
        public const string DefaultSizes = "10x30,50x90,100x180,250x365,500x365";

        /// <summary>The sizes of <see cref="DefaultSizes"/>, parsed.</summary>
        public static IReadOnlyList<(int Reps, int Days)> Sizes(string text) =>
            text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(size => size.Split('x') is [var reps, var days]
                    && int.TryParse(reps, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0
                    && int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d > 0
                    ? (r, d)
                    : throw new FormatException($"'{size}' is not reps x days like 100x365"))
                .ToList();

        /// <summary>Plays one generated org per size (reps x days) at <paramref name="rate"/> rep activities per day; writes the Markdown results to <paramref name="results"/> when given.</summary>
        public static int Run(IAnsiConsole console, IReadOnlyList<(int Reps, int Days)> sizes, double rate, string? results)
        {
            var measurements = new List<ScaleMeasurement>();
            var player = new ScenarioPlayer();

            // Warm-up (JIT, caches of the plugins' static readers) so the smallest run is not charged for it.
            player.Play(ScenarioGenerator.Generate(new GeneratorSettings { Reps = 4, Managers = 2, Days = 14, Seed = 1 }));

            foreach (var (reps, days) in sizes)
            {
                var measurement = Measure(console, player, reps, days, rate);
                measurements.Add(measurement);
                console.MarkupLine(
                    $"    {measurement.Events:n0} events in {measurement.Play.TotalSeconds:n1} s: [bold]{measurement.EventsPerSecond:n0}[/] events/s; " +
                    $"per event: service calls {measurement.Calls.Mean:n2}, rows returned {measurement.RowsReturned.Mean:n1}, rows examined {measurement.RowsExamined.Mean:n1} (means); " +
                    $"managed heap {measurement.ManagedBytes / 1048576.0:n0} MB");
            }

            var report = ScaleReport.Tables(measurements);
            console.WriteLine();
            console.WriteLine(report);
            if (results != null)
            {
                File.WriteAllText(results, ScaleReport.Markdown(measurements, string.Join(",", sizes.Select(size => $"{size.Reps}x{size.Days}")), rate));
                console.MarkupLine($"Results written to {Markup.Escape(Path.GetFullPath(results))}");
            }

            return 0;
        }

        private static ScaleMeasurement Measure(IAnsiConsole console, ScenarioPlayer player, int reps, int days, double rate)
        {
            var managers = Math.Max(2, reps / 8);
            console.MarkupLine($"[grey]{DateTime.Now:HH:mm:ss}[/] {reps} reps × {days} days ({managers} managers)…");
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var generateWatch = Stopwatch.StartNew();
            var scenario = ScenarioGenerator.Generate(new GeneratorSettings { Reps = reps, Managers = managers, Days = days, Seed = 42, RepActivitiesPerDay = rate });
            generateWatch.Stop();

            var tenthCosts = new TenthCosts(scenario.Timeline.Count);
            player.Observe = tenthCosts.Add;
            player.Progress = (done, _) => tenthCosts.Played(done);

            var result = player.Play(scenario);
            return new ScaleMeasurement(
                reps, managers, days, result.EventsPlayed, generateWatch.Elapsed, result.Elapsed,
                Distribution.Of(result.Costs.Select(cost => cost.ServiceCalls)),
                Distribution.Of(result.Costs.Select(cost => cost.RowsReturned)),
                Distribution.Of(result.Costs.Select(cost => cost.RowsExamined)),
                Distribution.Of(result.Costs.Select(cost => cost.StepsRan)),
                tenthCosts,
                GC.GetTotalMemory(forceFullCollection: true), Process.GetCurrentProcess().PeakWorkingSet64,
                result.Refusals.Count, result.Org.AsyncFailures.Count, result.Org.Rows(Plugins.Schema.DependencySignal.EntityName).Count);
        }
    }

    /// <summary>One run of the scale benchmark.</summary>
    public sealed record ScaleMeasurement(
        int Reps, int Managers, int Days, int Events, TimeSpan Generate, TimeSpan Play,
        Distribution Calls, Distribution RowsReturned, Distribution RowsExamined, Distribution Executions,
        TenthCosts Tenths,
        long ManagedBytes, long PeakWorkingSet, int Refusals, int AsyncFailures, int Signals)
    {
        public double EventsPerSecond => Events / Play.TotalSeconds;

        public double MeanMicrosecondsPerEvent => Play.TotalMilliseconds * 1000 / Events;
    }

    /// <summary>Median, maximum and mean of a per-event figure.</summary>
    public sealed record Distribution(int Median, int Max, double Mean)
    {
        public static Distribution Of(IEnumerable<int> values)
        {
            var sorted = values.OrderBy(value => value).ToArray();
            return sorted.Length == 0 ? new Distribution(0, 0, 0) : new Distribution(sorted[sorted.Length / 2], sorted[^1], sorted.Average());
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Median} / {Max} ({Mean:n2})");
    }
}
