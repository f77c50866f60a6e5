using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Benchmarks.Emulator;

/// <summary>
/// What one operation allocates, without dotnet-counters or a profiler: the bytes this thread allocated
/// around N operations (<see cref="GC.GetAllocatedBytesForCurrentThread"/>) divided by N, and which types
/// those bytes went to, from the runtime's own sampled allocation events (GCAllocationTick, one event per
/// ~100 KB allocated, naming the type that crossed the threshold), read in process by an EventListener.
/// Run with <c>--allocations</c>.
/// </summary>
internal static class AllocationProfile
{
    private const int Operations = 100_000;

    public static string Run(string resultsDirectory)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"## Allocated per operation ({Operations:N0} operations after a warm-up, GC.GetAllocatedBytesForCurrentThread)");
        report.AppendLine();
        Profile(report, "Create opportunity (4 columns) through ServiceFor(user), 10,000 rows per org", CreateLoop);
        Profile(report, "of which the caller's own part: the Entity it passes and the CreateRequest the service builds", CallerLoop);
        Profile(report, "Retrieve opportunity (4 columns) among 1,000", RetrieveLoop());
        Profile(report, "Update opportunity (2 columns) among 1,000", UpdateLoop());
        Profile(report, "Update opportunity (2 columns) among 1,000, through 3 no-op synchronous steps", UpdateLoop(withSteps: true));

        var text = report.ToString();
        Directory.CreateDirectory(resultsDirectory);
        File.WriteAllText(Path.Combine(resultsDirectory, "Allocations-report.md"), text);
        return text;
    }

    private static void Profile(StringBuilder report, string title, Action<int> loop)
    {
        loop(20_000);
        using var listener = new AllocationListener();
        var before = GC.GetAllocatedBytesForCurrentThread();
        loop(Operations);
        var perOp = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Operations;
        var sampled = listener.Snapshot();
        var total = sampled.Values.Sum();

        report.AppendLine(CultureInfo.InvariantCulture, $"### {title}: {perOp:N0} bytes per operation");
        report.AppendLine();
        report.AppendLine("| Type (sampled by the runtime) | Share | ≈ bytes per operation |");
        report.AppendLine("|---|---:|---:|");
        foreach (var (type, bytes) in sampled.OrderByDescending(pair => pair.Value).Take(25))
        {
            var share = total == 0 ? 0 : bytes / (double)total;
            report.AppendLine(CultureInfo.InvariantCulture, $"| `{type}` | {share:P1} | {share * perOp:N0} |");
        }

        report.AppendLine();
    }

    private static void CreateLoop(int count)
    {
        IOrganizationService? service = null;
        for (var i = 0; i < count; i++)
        {
            if (i % 10_000 == 0)
            {
                var org = Fixtures.NewOrg(out var rep);
                service = org.ServiceFor(rep);
            }

            service!.Create(Fixtures.Opportunity(i));
        }
    }

    /// <summary>What a caller allocates before the emulator sees the request (the same in Dataverse's SDK client).</summary>
    private static void CallerLoop(int count)
    {
        for (var i = 0; i < count; i++)
        {
            GC.KeepAlive(new Microsoft.Xrm.Sdk.Messages.CreateRequest { Target = Fixtures.Opportunity(i) });
        }
    }

    private static Action<int> RetrieveLoop()
    {
        var (service, target) = ThousandRows();
        var columns = new ColumnSet("name", "estimatedvalue", "closeprobability", "ownerid");
        return count =>
        {
            for (var i = 0; i < count; i++)
            {
                service.Retrieve("opportunity", target, columns);
            }
        };
    }

    private static Action<int> UpdateLoop(bool withSteps = false)
    {
        var (service, target) = ThousandRows(withSteps);
        return count =>
        {
            for (var i = 0; i < count; i++)
            {
                service.Update(new Entity("opportunity", target)
                {
                    ["name"] = (i & 1) == 0 ? "Renamed A" : "Renamed B",
                    ["estimatedvalue"] = new Money((i & 1) == 0 ? 1500m : 2500m),
                });
            }
        };
    }

    private static (IOrganizationService Service, Guid Target) ThousandRows(bool withSteps = false)
    {
        var org = Fixtures.NewOrg(out var rep);
        if (withSteps)
        {
            org.Register<NoOpPlugin>();
        }

        var service = org.ServiceFor(rep);
        var target = Guid.Empty;
        for (var i = 0; i < 1000; i++)
        {
            var id = service.Create(Fixtures.Opportunity(i));
            if (i == 500)
            {
                target = id;
            }
        }

        return (service, target);
    }

    /// <summary>Sums the runtime's GCAllocationTick events by type name.</summary>
    private sealed class AllocationListener : EventListener
    {
        private readonly Dictionary<string, long> bytesByType = new(StringComparer.Ordinal);
        private bool enabled;

        public Dictionary<string, long> Snapshot()
        {
            lock (bytesByType)
            {
                return new Dictionary<string, long>(bytesByType, StringComparer.Ordinal);
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                // Keyword 0x1 = GC; AllocationTick is a verbose event.
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
                enabled = true;
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (!enabled || eventData.EventName == null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload == null)
            {
                return;
            }

            var index = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
            var amountIndex = eventData.PayloadNames?.IndexOf("AllocationAmount64") ?? -1;
            if (index < 0 || amountIndex < 0)
            {
                return;
            }

            var type = eventData.Payload[index] as string ?? "?";
            var amount = Convert.ToInt64(eventData.Payload[amountIndex], CultureInfo.InvariantCulture);
            lock (bytesByType)
            {
                bytesByType[type] = bytesByType.TryGetValue(type, out var sum) ? sum + amount : amount;
            }
        }
    }
}
