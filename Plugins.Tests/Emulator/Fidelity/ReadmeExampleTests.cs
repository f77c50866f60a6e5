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
/// The emulator examples of the README and of <c>Emulator/README.md</c> ("How a test uses it") run exactly as written:
/// the tests hold the same lines (checked against each document's text, so they cannot drift apart) and run them.
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
    public void The_emulator_sketch_in_the_emulators_README_runs_as_written()
    {
        // Emulator README sketch start
        var clock = new SimulatedClock();                     // Monday 6 Jan 2025 09:00 UTC; clock.Advance(...)
        var org = SolutionOrg.Create(clock);                  // standard tables + the solution's (Solution/), its roles, security and the manager hierarchy on
        var director = org.AddManager("Dana Director");       // each with the roles the install guide gives them (SuiteUsers)
        var manager  = org.AddManager("Max Manager", reportsTo: director);
        var rep      = org.AddRep("Riley Rep", reportsTo: manager);
        org.Teams.Add("East", manager, rep);
        org.Register(RegistrationReader.Read(typeof(PluginBase).Assembly));   // or org.Register<SomePlugin>(), or org.RegisterStep<SomePlugin>(...)

        var deal = org.Seed(new Entity("opportunity") { ["name"] = "Big deal", ["ownerid"] = rep.ToEntityReference() }); // arranged, no plug-ins
        org.ServiceFor(manager).Update(new Entity("opportunity", deal) { ["estimatedvalue"] = new Money(9_000m) });

        var row = org.Read("opportunity", deal);              // every column, names and formatted values
        var op  = org.LastOperation!;                         // what the last request did
        var ran = op.StepsRan;                                // each plug-in execution: step, context, Target at start, trace, service calls, rows read
        var cost = (op.TotalServiceCalls, op.TotalRowsReturned, op.TotalRowsExamined);   // and op.Trace, op.ServiceCallsByPlugin, op.AllColumnsReads, op.Messages
        var failed = org.AsyncFailures;                       // asynchronous steps that threw
        // Emulator README sketch end

        Assert.AreEqual(9_000m, row!.GetAttributeValue<Money>("estimatedvalue").Value);
        Assert.AreEqual("Big deal", row.GetAttributeValue<string>("name"));
        Assert.IsTrue(ran.Count > 0 && ran.All(run => run.Succeeded), "the suite's steps on opportunity Update ran and succeeded");
        Assert.AreEqual(ran.Sum(run => run.ServiceCalls), cost.TotalServiceCalls);
        Assert.AreEqual(ran.Sum(run => run.RowsExamined), cost.TotalRowsExamined);
        Assert.AreEqual(director.Id, org.Read("systemuser", manager.Id)!.GetAttributeValue<EntityReference>("parentsystemuserid").Id, "the manager reports to the director");
        CollectionAssert.AreEquivalent(new[] { manager.Id, rep.Id }, org.Teams.MembersOf(org.Teams["East"]).ToArray());
        org.RunAsyncSteps();
        Assert.IsEmpty(failed, "no asynchronous step threw");
    }

    [TestMethod]
    [DataRow("README.md", "## The emulator", "README example")]
    [DataRow("Emulator/README.md", "## How a test uses it", "Emulator README sketch")]
    public void The_test_holds_the_documents_example_line_for_line(string document, string heading, string marker)
    {
        var root = RepositoryLayout.Current.Root;
        var text = RepositoryLayout.Current.Text(document);
        var section = text[text.IndexOf(heading, StringComparison.Ordinal)..];
        var example = Regex.Match(section, "```csharp\\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var source = File.ReadAllText(Path.Combine(root, "Plugins.Tests", "Emulator", "Fidelity", "ReadmeExampleTests.cs"));
        var start = source.IndexOf("// " + marker + " start", StringComparison.Ordinal);
        var end = source.IndexOf("// " + marker + " end", StringComparison.Ordinal);
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
