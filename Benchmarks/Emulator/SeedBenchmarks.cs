using BenchmarkDotNet.Attributes;
using CrmIndependence.Emulator;

namespace CrmIndependence.Benchmarks.Emulator;

/// <summary>
/// Arranging 100,000 opportunities with org.Seed into a fresh org (validation and system columns, no
/// plug-ins): time per 100,000 rows and bytes allocated doing it. What stays on the heap afterwards is
/// measured separately (see <see cref="RetainedMemory"/>).
/// </summary>
[Config(typeof(BenchConfig))]
[WarmupCount(1)]
[IterationCount(5)]
public class SeedBenchmarks
{
    public const int Rows = 100_000;

    [Benchmark(Description = "Seed 100,000 opportunities")]
    public Org Seed100k()
    {
        var org = Fixtures.NewOrg(out var rep);
        for (var i = 0; i < Rows; i++)
        {
            org.Seed(Fixtures.Opportunity(i), rep);
        }

        return org;
    }
}
