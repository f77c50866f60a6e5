using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace CrmIndependence.Benchmarks.Emulator;

/// <summary>
/// One short job for every benchmark: in process (no generated project to build, so the run stays within
/// a few minutes on a 2-core machine), one launch, 3 warm-up and 20 measured iterations of ~250 ms.
/// Medians are the figures to quote; the markdown report lands in BenchmarkDotNet.Artifacts/results/.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(20)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId("Short"));
        // Loggers, exporters (GitHub markdown among them) and the default columns come from BenchmarkDotNet's default config.
        AddColumn(StatisticColumn.Median, StatisticColumn.OperationsPerSecond);
        AddDiagnoser(MemoryDiagnoser.Default);
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
    }
}
