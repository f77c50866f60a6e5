using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CrmIndependence.Emulator;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Benchmarks.Emulator;

/// <summary>
/// Managed heap growth per stored opportunity: GC.GetTotalMemory(true) before and after seeding 100,000
/// rows into an org that stays alive, then again after the first equality queries built the indexes on
/// name and ownerid. Three rounds per shape, median reported.
/// </summary>
internal static class RetainedMemory
{
    private const int Rounds = 3;

    public static string Run(string resultsDirectory)
    {
        var rows = SeedBenchmarks.Rows;
        var shapes = new (string Shape, bool NamedOwner)[]
        {
            ("name, estimatedvalue, closeprobability, estimatedclosedate, ownerid + system columns", true),
        };

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"## Retained managed memory per stored opportunity ({rows:N0} rows, median of {Rounds} rounds)");
        report.AppendLine();
        report.AppendLine("| Row shape | Heap growth, rows only | Bytes/row | + indexes on name and ownerid | Bytes/row with indexes |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (shape, namedOwner) in shapes)
        {
            var samples = Enumerable.Range(0, Rounds).Select(_ => Measure(rows, namedOwner)).ToList();
            var stored = Median(samples.Select(s => s.Rows));
            var indexed = Median(samples.Select(s => s.WithIndexes));
            report.AppendLine(CultureInfo.InvariantCulture, $"| {shape} | {stored / 1048576.0:N1} MiB | {stored / rows:N0} | {indexed / 1048576.0:N1} MiB | {indexed / rows:N0} |");
        }

        var sample = Fixtures.NewOrg(out var rep);
        var id = sample.Seed(Fixtures.Opportunity(1, rep), rep);
        var row = sample.Read("opportunity", id)!;
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"A stored row holds {row.Attributes.Count} columns: {string.Join(", ", row.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal))}.");

        var text = report.ToString();
        Directory.CreateDirectory(resultsDirectory);
        File.WriteAllText(Path.Combine(resultsDirectory, "RetainedMemory-report.md"), text);
        return text;
    }

    private static (long Rows, long WithIndexes) Measure(int rows, bool namedOwner)
    {
        var org = Fixtures.NewOrg(out var rep);
        var before = Settle();
        for (var i = 0; i < rows; i++)
        {
            org.Seed(Fixtures.Opportunity(i, namedOwner ? rep : null), rep);
        }

        var afterSeed = Settle();

        var byName = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        byName.Criteria.AddCondition("name", ConditionOperator.Equal, Fixtures.Name(rows / 2));
        var byOwner = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name"), TopCount = 1 };
        byOwner.Criteria.AddCondition("ownerid", ConditionOperator.Equal, rep.Id);
        org.Query(byName);
        org.Query(byOwner);
        var afterIndexes = Settle();

        GC.KeepAlive(org);
        return (afterSeed - before, afterIndexes - before);
    }

    private static long Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static long Median(IEnumerable<long> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
