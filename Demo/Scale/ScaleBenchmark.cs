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
    /// second, service calls and plugin executions per event (median and max, from the emulator's operation records),
    /// memory, and the ratio of time per event between the largest and the smallest run (flat = the plugins' cost does
    /// not grow with the org's history). Rows read per event: the emulator does not count rows read, so it is not reported.
    /// </summary>
    public static class ScaleBenchmark
    {
        public const string DefaultSizes = "10x30,50x90,100x180,250x365,500x365";

        public sealed record Measurement(
            int Reps, int Managers, int Days, int Events, TimeSpan Generate, TimeSpan Play, double EventsPerSecond, double MicrosecondsPerEvent,
            int MedianCalls, int MaxCalls, double MeanCalls, int MedianSteps, int MaxSteps, double FirstTenthUs, double LastTenthUs,
            long ManagedBytes, long PeakWorkingSet, int Refusals, int AsyncFailures, int Signals, TenthCosts Tenths);

        public static int Run(IAnsiConsole console, Options options)
        {
            var sizes = (options.Get("sizes") ?? DefaultSizes).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(size => size.Split('x') is [var reps, var days]
                    ? (Reps: int.Parse(reps, CultureInfo.InvariantCulture), Days: int.Parse(days, CultureInfo.InvariantCulture))
                    : throw new ArgumentException($"--sizes: '{size}' is not like 100x365 (reps x days)."))
                .ToList();
            var rate = options.Double("rate") ?? 6.0;
            var measurements = new List<Measurement>();
            var player = new ScenarioPlayer();

            // Warm-up (JIT, caches of the plugins' static readers) so the smallest run is not charged for it.
            player.Play(ScenarioGenerator.Generate(new GeneratorSettings { Reps = 4, Managers = 2, Days = 14, Seed = 1 }));

            foreach (var (reps, days) in sizes)
            {
                var managers = Math.Max(2, reps / 8);
                console.MarkupLine($"[grey]{DateTime.Now:HH:mm:ss}[/] {reps} reps × {days} days ({managers} managers)…");
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var generateWatch = Stopwatch.StartNew();
                var scenario = ScenarioGenerator.Generate(new GeneratorSettings { Reps = reps, Managers = managers, Days = days, Seed = 42, RepActivitiesPerDay = rate });
                generateWatch.Stop();
                var tenthWatch = Stopwatch.StartNew();
                var tenths = new double[10];
                var total = scenario.Timeline.Count;
                var lastTenth = 0;
                var tenthCosts = new TenthCosts(total);
                player.Observe = tenthCosts.Add;
                player.Progress = (done, all) =>
                {
                    var tenth = Math.Min(9, (done - 1) * 10 / all);
                    if (tenth != lastTenth || done == all)
                    {
                        tenths[lastTenth] = tenthWatch.Elapsed.TotalMilliseconds;
                        tenthWatch.Restart();
                        lastTenth = tenth;
                    }

                    tenthCosts.Played(done);
                };
                var result = player.Play(scenario);
                var calls = result.Costs.Select(c => c.ServiceCalls).OrderBy(c => c).ToArray();
                var steps = result.Costs.Select(c => c.StepsRan).OrderBy(c => c).ToArray();
                var tenthEvents = total / 10.0;
                var measurement = new Measurement(
                    reps, managers, days, result.EventsPlayed, generateWatch.Elapsed, result.Elapsed,
                    result.EventsPlayed / result.Elapsed.TotalSeconds, result.Elapsed.TotalMilliseconds * 1000 / result.EventsPlayed,
                    calls[calls.Length / 2], calls[^1], calls.Average(), steps[steps.Length / 2], steps[^1],
                    tenths[0] * 1000 / tenthEvents, tenths[9] * 1000 / tenthEvents,
                    GC.GetTotalMemory(forceFullCollection: true), Process.GetCurrentProcess().PeakWorkingSet64,
                    result.Refusals.Count, result.Org.AsyncFailures.Count, result.Org.Rows(Plugins.Schema.DependencySignal.EntityName).Count, tenthCosts);
                measurements.Add(measurement);
                console.MarkupLine(
                    $"    {measurement.Events:n0} events in {measurement.Play.TotalSeconds:n1} s: [bold]{measurement.EventsPerSecond:n0}[/] events/s, " +
                    $"{measurement.MicrosecondsPerEvent:n0} µs/event (first tenth {measurement.FirstTenthUs:n0}, last tenth {measurement.LastTenthUs:n0}), " +
                    $"service calls/event median {measurement.MedianCalls} max {measurement.MaxCalls}, managed heap {measurement.ManagedBytes / 1048576.0:n0} MB");
                result = null;
                scenario = null;
            }

            var table = Table(measurements);
            console.WriteLine();
            console.WriteLine(table);
            console.WriteLine(PluginTable(measurements.OrderBy(m => m.Events).Last()));
            var results = options.Get("results");
            if (results != null)
            {
                File.WriteAllText(results, Markdown(measurements, options, rate));
                console.MarkupLine($"Results written to {Markup.Escape(Path.GetFullPath(results))}");
            }

            return 0;
        }

        private static string Table(IReadOnlyList<Measurement> measurements)
        {
            var text = new StringBuilder();
            text.AppendLine("| reps × days | managers | events | play (s) | events/s | µs/event | µs/event first → last tenth | service calls/event median / max (mean) | service calls/event tenth 1 → 5 → 10 | plugin executions/event median / max | managed heap after (MB) | peak working set (MB) | refused | async failures | signals |");
            text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var m in measurements)
            {
                var tenthCalls = m.Tenths.Total();
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {m.Reps} × {m.Days} | {m.Managers} | {m.Events:n0} | {m.Play.TotalSeconds:n1} | {m.EventsPerSecond:n0} | {m.MicrosecondsPerEvent:n0} | {m.FirstTenthUs:n0} → {m.LastTenthUs:n0} | {m.MedianCalls} / {m.MaxCalls} ({m.MeanCalls:n2}) | {tenthCalls[0]:n2} → {tenthCalls[4]:n2} → {tenthCalls[9]:n2} | {m.MedianSteps} / {m.MaxSteps} | {m.ManagedBytes / 1048576.0:n0} | {m.PeakWorkingSet / 1048576.0:n0} | {m.Refusals:n0} | {m.AsyncFailures} | {m.Signals:n0} |"));
            }

            if (measurements.Count > 1)
            {
                var smallest = measurements.OrderBy(m => m.Events).First();
                var largest = measurements.OrderBy(m => m.Events).Last();
                text.AppendLine();
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"Cost per event, largest run ÷ smallest run: time {largest.MicrosecondsPerEvent / smallest.MicrosecondsPerEvent:n2}×, mean service calls {largest.MeanCalls / smallest.MeanCalls:n2}× ({largest.Events:n0} vs {smallest.Events:n0} events)."));
            }

            return text.ToString();
        }

        /// <summary>What each plugin costs per execution, tenth by tenth of the largest run's timeline.</summary>
        private static string PluginTable(Measurement largest)
        {
            var text = new StringBuilder();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"Service calls per plugin execution, {largest.Reps} reps × {largest.Days} days, in each tenth of the timeline (1 = the first days, when no coaching session has been held yet; 10 = the last days), the plugins whose cost per execution grew most from the middle (5) to the end (10) first; the last row is all plugins' calls per event:"));
            text.AppendLine();
            text.AppendLine("| plugin | executions | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 10 ÷ 5 |");
            text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var (plugin, executions, perExecution) in largest.Tenths.ByPlugin())
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {plugin} | {executions:n0} | {Cells(perExecution)} | {Ratio(perExecution[9], perExecution[4])} |"));
            }

            var total = largest.Tenths.Total();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| **all plugins, per event** | | {Cells(total)} | {Ratio(total[9], total[4])} |"));
            return text.ToString();
        }

        private static string Cells(double[] values) =>
            string.Join(" | ", values.Select(value => double.IsNaN(value) ? "–" : value.ToString("n2", CultureInfo.InvariantCulture)));

        private static string Ratio(double last, double reference) =>
            reference > 0 && !double.IsNaN(last) ? (last / reference).ToString("n2", CultureInfo.InvariantCulture) + "×" : "–";

        private static string Markdown(IReadOnlyList<Measurement> measurements, Options options, double rate)
        {
            var text = new StringBuilder();
            text.AppendLine("# Scale benchmark: the suite's plugins on a growing org");
            text.AppendLine();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}."));
            text.AppendLine();
            text.AppendLine("Command (from the repository root):");
            text.AppendLine();
            text.AppendLine("```");
            text.AppendLine($"dotnet run --project Demo/CrmIndependence.Demo.csproj -c Release -- bench-scale --sizes {options.Get("sizes") ?? DefaultSizes} --results Benchmarks/Scale/RESULTS.md");
            text.AppendLine("```");
            text.AppendLine();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"Each run generates a scenario (`ScenarioGenerator`, seed 42, {rate:0.#} rep activities per rep per working day, one manager per 8 reps, half of them over-involved, observe for 45 days then enforce) and plays it through every registered plugin step on the emulator (asynchronous steps run right after each request). Times are for the play only (generation excluded); a warm-up run comes first."));
            text.AppendLine();
            text.Append(Table(measurements));
            text.AppendLine();
            text.Append(PluginTable(measurements.OrderBy(m => m.Events).Last()));
            text.AppendLine();
            text.AppendLine("- **service calls/event**: the calls the plugins made to the organization service while handling the event (every step, synchronous and asynchronous: `OperationRecord.TotalServiceCalls`), summed over the event's client calls. **plugin executions/event**: `StepsRan.Count`.");
            text.AppendLine("- **tenths**: time and service calls per event over the first, middle and last tenth of the timeline: if a plugin's cost grew with the org's history, it would keep rising to the last tenth. The first tenth is a warm-up (no coaching session held yet, empty caches), so tenth 5 is the reference. The service calls are the honest flatness figure; time also moves with the machine's load and the garbage collector.");
            text.AppendLine("- **rows read per event**: not reported; the emulator counts service calls per step but not the rows a query scans or returns.");
            text.AppendLine("- **memory**: `managed heap after` is `GC.GetTotalMemory(true)` right after the play, with the org (every row it holds) still alive; `peak working set` is the process's peak so far (runs are sequential in one process, so it is cumulative).");
            return text.ToString();
        }
    }
}
