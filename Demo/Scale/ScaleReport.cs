using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CrmIndependence.Demo.Scale
{
    /// <summary>The scale benchmark's figures as Markdown tables (the terminal prints the same text).</summary>
    public static class ScaleReport
    {
        public static string Tables(IReadOnlyList<ScaleMeasurement> measurements)
        {
            var text = new StringBuilder();
            text.AppendLine("| reps × days | managers | events | play (s) | events/s | µs/event, tenth 1 → 5 → 10 | managed heap after (MB) | peak working set (MB) | refused | async failures | signals |");
            text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var m in measurements)
            {
                text.AppendLine(Line(
                    $"| {m.Reps} × {m.Days} | {m.Managers} | {m.Events:n0} | {m.Play.TotalSeconds:n1} | {m.EventsPerSecond:n0} | {Trend(m.Tenths.MicrosecondsPerEvent(), "n0")} | ") + Line(
                    $"{m.ManagedBytes / 1048576.0:n0} | {m.PeakWorkingSet / 1048576.0:n0} | {m.Refusals:n0} | {m.AsyncFailures} | {m.Signals:n0} |"));
            }

            text.AppendLine();
            text.AppendLine("Per event (median / max (mean)), and the mean per event in tenths 1, 5 and 10 of the timeline:");
            text.AppendLine();
            text.AppendLine("| reps × days | service calls | rows returned | rows examined | plugin executions | service calls, tenth 1 → 5 → 10 | rows examined, tenth 1 → 5 → 10 |");
            text.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var m in measurements)
            {
                var perEvent = m.Tenths.PerEvent();
                text.AppendLine(Line(
                    $"| {m.Reps} × {m.Days} | {m.Calls} | {m.RowsReturned} | {m.RowsExamined} | {m.Executions.Median} / {m.Executions.Max} | ") + Line(
                    $"{Trend(perEvent.Calls, "n2")} | {Trend(perEvent.RowsExamined, "n1")} |"));
            }

            if (measurements.Count > 1)
            {
                var smallest = measurements.OrderBy(m => m.Events).First();
                var largest = measurements.OrderBy(m => m.Events).Last();
                text.AppendLine();
                text.AppendLine(Line(
                    $"Cost per event, largest run ÷ smallest run ({largest.Events:n0} vs {smallest.Events:n0} events): ") + Line(
                    $"service calls {largest.Calls.Mean / smallest.Calls.Mean:n2}×, rows returned {largest.RowsReturned.Mean / smallest.RowsReturned.Mean:n2}×, ") + Line(
                    $"rows examined {largest.RowsExamined.Mean / smallest.RowsExamined.Mean:n2}×, time {largest.MeanMicrosecondsPerEvent / smallest.MeanMicrosecondsPerEvent:n2}× (means)."));
            }

            text.AppendLine();
            text.Append(PluginTable(measurements.OrderBy(m => m.Events).Last()));
            return text.ToString();
        }

        public static string Markdown(IReadOnlyList<ScaleMeasurement> measurements, string sizes, double rate)
        {
            var text = new StringBuilder();
            text.AppendLine("# Scale benchmark: the suite's plugins on a growing org");
            text.AppendLine();
            text.AppendLine(Line($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}."));
            text.AppendLine();
            text.AppendLine("Command (from the repository root):");
            text.AppendLine();
            text.AppendLine("```");
            text.AppendLine($"dotnet run --project Demo/CrmIndependence.Demo.csproj -c Release -- bench-scale --sizes {sizes} --results Benchmarks/Scale/RESULTS.md");
            text.AppendLine("```");
            text.AppendLine();
            text.AppendLine(Line(
                $"Each run generates a scenario (`ScenarioGenerator`, seed 42, {rate:0.#} rep activities per rep per working day, one manager per 8 reps, half of them over-involved, observe for 45 days then enforce; in a held coaching session a hands-off manager resolves every topic, an over-involved one the five oldest) and plays it through every registered plugin step on the emulator (asynchronous steps run right after each request). Times are for the play only (generation excluded); a warm-up run comes first."));
            text.AppendLine();
            text.Append(Tables(measurements));
            text.AppendLine();
            text.AppendLine("- **service calls**: the calls the plugins made to the organization service while handling the event (every step, synchronous and asynchronous: `OperationRecord.TotalServiceCalls`), summed over the event's client calls. **plugin executions**: `StepsRan.Count`.");
            text.AppendLine("- **rows returned**: rows those calls handed back to the plugins (1 per Retrieve, the entities of a RetrieveMultiple). **rows examined**: rows the emulator looked at to answer them (an index lookup yields the matching rows, a scan every row of the table, joins their linked rows) — the figure that would grow if a plugin's query scanned a growing table. It reflects the emulator's indexes (equality on a column, joins), not SQL Server's plan.");
            text.AppendLine("- **tenths**: the timeline cut in ten equal parts by event count. Tenth 1 is a warm-up (no coaching session held yet, empty per-rep rows), so tenth 5 is the reference: a plugin whose cost grew with the org's history would keep rising to tenth 10.");
            text.AppendLine("- **memory**: `managed heap after` is `GC.GetTotalMemory(true)` right after the play, with the org (every row it holds) still alive; `peak working set` is the process's peak so far (runs are sequential in one process, so it is cumulative).");
            return text.ToString();
        }

        /// <summary>What each plugin costs per execution, tenth by tenth of the largest run's timeline.</summary>
        private static string PluginTable(ScaleMeasurement largest)
        {
            var text = new StringBuilder();
            text.AppendLine(Line(
                $"Per plugin execution, {largest.Reps} reps × {largest.Days} days, tenth 1 → 5 → 10 of the timeline; the plugins whose calls or rows examined grew most from tenth 5 to tenth 10 first:"));
            text.AppendLine();
            text.AppendLine("| plugin | executions | service calls | rows returned | rows examined | calls 10 ÷ 5 | rows examined 10 ÷ 5 |");
            text.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var plugin in largest.Tenths.ByPlugin())
            {
                text.AppendLine(Line(
                    $"| {plugin.Plugin} | {plugin.Executions:n0} | {Trend(plugin.Calls, "n2")} | {Trend(plugin.RowsReturned, "n1")} | {Trend(plugin.RowsExamined, "n1")} | ") + Line(
                    $"{Ratio(plugin.Calls.Growth)} | {Ratio(plugin.RowsExamined.Growth)} |"));
            }

            return text.ToString();
        }

        private static string Trend(Series series, string format) =>
            $"{Cell(series.First, format)} → {Cell(series.Middle, format)} → {Cell(series.Last, format)}";

        private static string Cell(double value, string format) => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);

        private static string Ratio(double ratio) => double.IsNaN(ratio) ? "–" : ratio.ToString("n2", CultureInfo.InvariantCulture) + "×";

        private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
