using System;
using BenchmarkDotNet.Attributes;
using CrmIndependence.Emulator;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Benchmarks.Emulator;

/// <summary>
/// Create of an opportunity (name, estimated value, close probability, estimated close date) through the
/// organization service as a user. Each iteration starts from a fresh org and creates 10,000 rows, so the
/// table size (0 to 10,000) is the same in every iteration.
/// </summary>
[Config(typeof(BenchConfig))]
[InvocationCount(10000)]
public class CreateBenchmarks
{
    private IOrganizationService service = null!;
    private int next;

    [IterationSetup]
    public void NewOrg()
    {
        var org = Fixtures.NewOrg(out var rep);
        service = org.ServiceFor(rep);
        next = 0;
    }

    [Benchmark(Description = "Create opportunity")]
    public Guid Create() => service.Create(Fixtures.Opportunity(next++));
}

/// <summary>Update (two columns) and Retrieve (four columns) of one opportunity among 1,000, through the service as a user.</summary>
[Config(typeof(BenchConfig))]
public class UpdateRetrieveBenchmarks
{
    private static readonly ColumnSet Columns = new("name", "estimatedvalue", "closeprobability", "ownerid");
    private IOrganizationService service = null!;
    private Guid target;
    private int flip;

    [GlobalSetup]
    public void Setup()
    {
        var org = Fixtures.NewOrg(out var rep);
        service = org.ServiceFor(rep);
        for (var i = 0; i < 1000; i++)
        {
            var id = service.Create(Fixtures.Opportunity(i));
            if (i == 500)
            {
                target = id;
            }
        }
    }

    [Benchmark(Description = "Update opportunity (name, estimatedvalue)")]
    public void Update()
    {
        flip ^= 1;
        service.Update(new Entity("opportunity", target)
        {
            ["name"] = flip == 0 ? "Renamed A" : "Renamed B",
            ["estimatedvalue"] = new Money(flip == 0 ? 1500m : 2500m),
        });
    }

    [Benchmark(Description = "Retrieve opportunity (4 columns)")]
    public Entity Retrieve() => service.Retrieve("opportunity", target, Columns);
}
