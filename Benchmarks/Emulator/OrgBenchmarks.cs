using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Solution.Emulation;
using CrmIndependence.Solution.Source;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Benchmarks.Emulator;

/// <summary>
/// What a unit test pays before it acts: a fresh org, a fresh org with 100 seeded rows, a fresh org with the
/// solution's tables, and the org the product's tests use (the solution's tables, every step of the plugin
/// assembly, the policy variable, seven users and three deals, as <c>Plugins.Tests/Product/SalesOrg.cs</c>).
/// </summary>
[Config(typeof(BenchConfig))]
public class OrgBenchmarks
{
    private static readonly string SolutionFolder = FindSolutionFolder();
    private static readonly Lazy<PluginAssemblyRegistration> Registration = new(() => RegistrationReader.Read(typeof(PluginBase).Assembly));

    [GlobalSetup]
    public void WarmUp()
    {
        // Built once per process: what every org after the first one pays is the figure a test suite sees.
        SolutionTables.CreateCatalog(SolutionFolder);
        _ = Registration.Value;
    }

    [Benchmark(Description = "Org.Create()")]
    public Org FreshOrg() => Org.Create(new SimulatedClock(Fixtures.Start));

    [Benchmark(Description = "Org.Create() + 100 seeded opportunities")]
    public Org FreshOrgWith100Rows()
    {
        var org = Fixtures.NewOrg(out var rep);
        for (var i = 0; i < 100; i++)
        {
            org.Seed(Fixtures.Opportunity(i), rep);
        }

        return org;
    }

    [Benchmark(Description = "Org.Create() with the solution's tables")]
    public Org FreshOrgWithSolutionTables() =>
        Org.Create(new SimulatedClock(Fixtures.Start), metadata: SolutionTables.CreateCatalog(SolutionFolder));

    [Benchmark(Description = "the product tests' org (tables, steps, policy, 7 users, 3 deals)")]
    public Org ProductTestOrg()
    {
        var org = Org.Create(new SimulatedClock(Fixtures.Start), metadata: SolutionTables.CreateCatalog(SolutionFolder));
        org.Seed(new Entity("environmentvariabledefinition")
        {
            ["schemaname"] = "cri_policy",
            ["defaultvalue"] = "{\"mode\":\"observe\"}",
        });
        org.Register(Registration.Value);
        var director = org.Users.Add("Dana Director");
        var max = org.Users.Add("Max Manager", reportsTo: director);
        var olive = org.Users.Add("Olive Manager", reportsTo: director);
        var riley = org.Users.Add("Riley Rep", reportsTo: max);
        var sam = org.Users.Add("Sam Peer", reportsTo: max);
        var tom = org.Users.Add("Tom Rep", reportsTo: olive);
        org.Users.Add("Uma Rep", reportsTo: olive);
        Deal(org, "Contoso expansion", riley);
        Deal(org, "Fabrikam renewal", sam);
        Deal(org, "Northwind pilot", tom);
        return org;
    }

    private static void Deal(Org org, string name, User owner)
    {
        var account = org.Seed(new Entity("account") { ["name"] = name + " account", ["ownerid"] = owner.ToEntityReference() }, owner);
        org.Seed(
            new Entity("opportunity")
            {
                ["name"] = name,
                ["estimatedvalue"] = new Money(50_000m),
                ["salesstage"] = new OptionSetValue(0),
                ["parentaccountid"] = new EntityReference("account", account),
                ["ownerid"] = owner.ToEntityReference(),
            },
            owner);
    }

    private static string FindSolutionFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "CrmIndependence.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("No CrmIndependence.sln above the benchmarks."), "Solution");
    }
}
