using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmIndependence.Emulator;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Tests.SdkConformance;
using CrmIndependence.Solution.Emulation;
using CrmIndependence.Solution.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Emulator.Fidelity;

/// <summary>
/// The README's emulator example runs exactly as written: the test holds the same lines (checked against the
/// README's text, so they cannot drift apart) and runs them.
/// </summary>
[TestClass]
public sealed class ReadmeExampleTests
{
    [TestMethod]
    public void The_emulator_example_in_the_README_runs_as_written()
    {
        // README example start
        var org = SolutionOrg.Create(new SimulatedClock());   // the solution's tables and roles, security and the manager hierarchy on
        var manager = org.AddManager("Max Manager");            // Sales Manager + CrmIndependence Manager
        var rep = org.AddRep("Riley Rep", reportsTo: manager);  // Salesperson + CrmIndependence Rep
        org.Register(RegistrationReader.Read(typeof(PluginBase).Assembly));
        var deal = org.Seed(new Entity("opportunity") { ["name"] = "Big deal", ["ownerid"] = rep.ToEntityReference() });
        org.ServiceFor(manager).Update(new Entity("opportunity", deal) { ["estimatedvalue"] = new Money(9_000m) });
        Assert.AreEqual(9_000m, org.Read("opportunity", deal)!.GetAttributeValue<Money>("estimatedvalue").Value);
        var ran = org.LastOperation!.StepsRan;   // which steps ran, their contexts, traces and service calls
        // README example end

        Assert.IsTrue(ran.Count > 0, "the suite's steps on opportunity Update ran");
        Assert.IsTrue(ran.All(run => run.Succeeded));
    }

    [TestMethod]
    public void The_test_holds_the_READMEs_example_line_for_line()
    {
        var root = RepositoryLayout.Current.Root;
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var section = readme[readme.IndexOf("## The emulator", StringComparison.Ordinal)..];
        var example = Regex.Match(section, "```csharp\\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var source = File.ReadAllText(Path.Combine(root, "Plugins.Tests", "Emulator", "Fidelity", "ReadmeExampleTests.cs"));
        var start = source.IndexOf("// README example start", StringComparison.Ordinal);
        var end = source.IndexOf("// README example end", StringComparison.Ordinal);
        var tested = source[(source.IndexOf('\n', start) + 1)..end];

        CollectionAssert.AreEqual(Lines(example), Lines(tested));
    }

    [TestMethod]
    public void SolutionOrg_finds_the_repositorys_solution_folder_or_names_the_folder_it_was_given()
    {
        Assert.AreEqual(Path.Combine(RepositoryLayout.Current.Root, "Solution"), SolutionOrg.FindSolutionFolder());
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));

        var fault = Assert.ThrowsExactly<SolutionSourceException>(() => SolutionOrg.Create(solutionFolder: missing));

        StringAssert.Contains(fault.Message, missing);
        StringAssert.Contains(fault.Message, "does not exist");
    }

    private static string[] Lines(string text) =>
        text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();
}
