using System.IO;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Security;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Security;

/// <summary>The Security section of Emulator/README.md, run as written.</summary>
[TestClass]
public sealed class ReadmeExampleTests
{
    [TestMethod]
    public void The_readme_example_runs_as_written()
    {
        var clock = new SimulatedClock();
        var rolesFolder = Path.Combine(SolutionTestLayout.SourceFolder, "Roles");

        var org = Org.CreateSecured(clock, rolesFolder: rolesFolder, configure: o => o.HierarchySecurity = true);
        var west = org.BusinessUnits.Add("West");
        var manager = org.Security.AddUser("Max Manager", west, roles: new[] { StandardRoles.SalesManager, "CrmIndependence Manager" });
        var rep = org.Security.AddUser("Riley Rep", west, manager, new[] { StandardRoles.Salesperson, "CrmIndependence Rep" });
        var desk = org.Security.AddTeam("Deal desk", west, new[] { "CrmIndependence Rep" }, rep);   // an owner team; members inherit
        org.Security.AddRole(SecurityRole.Define("Readers").Grant(Access.Read, "account", AccessDepth.Local));
        org.Security.AssignRoles(rep, "Readers");

        CollectionAssert.AreEquivalent(new[] { StandardRoles.Salesperson, "CrmIndependence Rep", "Readers" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(org.Security.RolesOf(rep), role => role.Name)));
        CollectionAssert.AreEqual(new[] { rep.Id }, System.Linq.Enumerable.ToArray(org.Teams.MembersOf(desk)));
        var deal = org.ServiceFor(rep).Create(new Entity("opportunity") { ["name"] = "Rep's deal" });
        Assert.AreEqual("Rep's deal", org.ServiceFor(manager).Retrieve("opportunity", deal, new ColumnSet("name"))["name"]);

        // systemuser's privileges are named after "User".
        var nobody = org.Security.AddUser("No Roles");
        SecurityAssert.MissingPrivilege("prvReadUser", () => org.ServiceFor(nobody).Retrieve("systemuser", rep.Id, new ColumnSet("fullname")));
    }
}
