using BenchmarkDotNet.Attributes;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Benchmarks.Emulator;

/// <summary>
/// RetrieveMultiple through the service on a table of 1,000 vs 100,000 seeded opportunities. The
/// equality filters return the same rows at both sizes (one row by name; ten rows by owner), so an
/// indexed query should cost about the same; the begins-with filter is the full-scan reference.
/// </summary>
[Config(typeof(BenchConfig))]
public class QueryBenchmarks
{
    private IOrganizationService service = null!;
    private QueryExpression byName = null!;
    private QueryExpression byOwner = null!;
    private QueryExpression byPrefix = null!;

    [Params(1_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var org = Fixtures.NewOrg(out var rep);
        var other = org.Users.Add("Olive Other");

        // Ten rows, spread over the table, belong to the rep; every other row to another user.
        var step = Rows / 10;
        for (var i = 0; i < Rows; i++)
        {
            User owner = i % step == step / 2 ? rep : other;
            org.Seed(Fixtures.Opportunity(i, owner));
        }

        service = org.ServiceFor(rep);
        byName = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name", "estimatedvalue", "closeprobability") };
        byName.Criteria.AddCondition("name", ConditionOperator.Equal, Fixtures.Name(Rows / 2));
        byOwner = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name", "estimatedvalue", "closeprobability") };
        byOwner.Criteria.AddCondition("ownerid", ConditionOperator.Equal, rep.Id);
        byPrefix = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name", "estimatedvalue", "closeprobability") };
        byPrefix.Criteria.AddCondition("name", ConditionOperator.BeginsWith, Fixtures.Name(Rows / 2));

        // Sanity (and the first use builds the equality indexes, outside the measurement).
        Expect(service.RetrieveMultiple(byName), 1, "name");
        Expect(service.RetrieveMultiple(byOwner), 10, "ownerid");
        Expect(service.RetrieveMultiple(byPrefix), 1, "name begins with");
    }

    [Benchmark(Description = "RetrieveMultiple name = value (1 row)")]
    public EntityCollection EqualityOnName() => service.RetrieveMultiple(byName);

    [Benchmark(Description = "RetrieveMultiple ownerid = user (10 rows)")]
    public EntityCollection EqualityOnOwner() => service.RetrieveMultiple(byOwner);

    [Benchmark(Description = "RetrieveMultiple name begins-with (scan, 1 row)")]
    public EntityCollection BeginsWithOnName() => service.RetrieveMultiple(byPrefix);

    private static void Expect(EntityCollection result, int count, string what)
    {
        if (result.Entities.Count != count)
        {
            throw new System.InvalidOperationException($"The {what} query returned {result.Entities.Count} rows, expected {count}.");
        }
    }
}
