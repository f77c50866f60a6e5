using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CrmIndependence.Benchmarks.Emulator;

/// <summary>
/// Runs the emulator benchmarks: <c>dotnet run -c Release --project Benchmarks/Emulator -- --filter *</c>.
/// Besides BenchmarkDotNet's own arguments: <c>--no-memory</c> skips the retained-memory measurement,
/// <c>--memory-only</c> runs only it, <c>--allocations</c> runs only the allocation profile of Create, Retrieve
/// and Update (bytes per operation and by type, see <see cref="AllocationProfile"/>). Reports go to BenchmarkDotNet.Artifacts/results/ under the current folder.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var results = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results");
        var memoryOnly = args.Contains("--memory-only");
        var skipMemory = args.Contains("--no-memory");
        var benchmarkArgs = args.Where(arg => arg is not ("--memory-only" or "--no-memory" or "--allocations")).ToArray();
        if (args.Contains("--allocations"))
        {
            Console.WriteLine(AllocationProfile.Run(results));
            return 0;
        }

        var loadBefore = LoadAverage();
        if (!skipMemory)
        {
            Console.WriteLine(RetainedMemory.Run(results));
        }

        if (memoryOnly)
        {
            return 0;
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs).ToList();
        var ratios = Ratios(summaries);
        ratios += $"{Environment.NewLine}Load average (1, 5, 15 min) at start: {loadBefore}; at end: {LoadAverage()} ({Environment.ProcessorCount} cores).{Environment.NewLine}";
        if (ratios.Length > 0)
        {
            Directory.CreateDirectory(results);
            File.WriteAllText(Path.Combine(results, "Ratios-report.md"), ratios);
            Console.WriteLine(ratios);
        }

        Console.WriteLine($"Reports: {results}");
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }

    /// <summary>The two ratios issue 3 asks for, from the medians: 100,000 vs 1,000 rows, and 3 no-op steps vs none.</summary>
    private static string Ratios(IReadOnlyList<Summary> summaries)
    {
        var medians = summaries
            .SelectMany(summary => summary.Reports)
            .Where(report => report.Success && report.ResultStatistics != null)
            .Select(report => (
                Type: report.BenchmarkCase.Descriptor.Type.Name,
                Method: report.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                Display: report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,
                Rows: report.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Rows")?.Value as int?,
                Median: report.ResultStatistics!.Median))
            .ToList();

        var text = new StringBuilder();
        var queries = medians.Where(m => m.Type == nameof(QueryBenchmarks)).GroupBy(m => m.Method).ToList();
        if (queries.Count > 0)
        {
            text.AppendLine("## RetrieveMultiple: 100,000 rows vs 1,000 rows (medians; target for equality filters: within 3x)");
            text.AppendLine();
            text.AppendLine("| Query | 1,000 rows | 100,000 rows | Ratio |");
            text.AppendLine("|---|---:|---:|---:|");
            foreach (var query in queries)
            {
                var small = query.FirstOrDefault(m => m.Rows == 1_000);
                var large = query.FirstOrDefault(m => m.Rows == 100_000);
                if (small.Method != null && large.Method != null)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"| {small.Display} | {Micro(small.Median)} | {Micro(large.Median)} | {large.Median / small.Median:N2}x |");
                }
            }

            text.AppendLine();
        }

        var bare = medians.FirstOrDefault(m => m.Method == nameof(PipelineBenchmarks.UpdateWithoutSteps));
        var steps = medians.FirstOrDefault(m => m.Method == nameof(PipelineBenchmarks.UpdateWithThreeNoOpSteps));
        if (bare.Method != null && steps.Method != null)
        {
            text.AppendLine("## Pipeline overhead: Update with 3 no-op synchronous steps vs none (medians)");
            text.AppendLine();
            text.AppendLine("| No steps | 3 no-op steps | Ratio | Cost per step execution |");
            text.AppendLine("|---:|---:|---:|---:|");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Micro(bare.Median)} | {Micro(steps.Median)} | {steps.Median / bare.Median:N2}x | {Micro((steps.Median - bare.Median) / 3)} |");
            text.AppendLine();
        }

        var perSecond = medians.Where(m => m.Type is nameof(CreateBenchmarks) or nameof(UpdateRetrieveBenchmarks)).ToList();
        if (perSecond.Count > 0)
        {
            text.AppendLine("## Throughput (from the medians)");
            text.AppendLine();
            text.AppendLine("| Operation | Median | Per second |");
            text.AppendLine("|---|---:|---:|");
            foreach (var m in perSecond)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {m.Display} | {Micro(m.Median)} | {1e9 / m.Median:N0} |");
            }
        }

        return text.ToString();
    }

    private static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(3)) : "n/a";
    }

    private static string Micro(double nanoseconds) => (nanoseconds / 1000).ToString("N2", CultureInfo.InvariantCulture) + " µs";
}
