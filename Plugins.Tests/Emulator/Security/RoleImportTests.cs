using System;
using System.IO;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Security;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Security;

/// <summary>
/// Roles as a solution ships them (Roles/*.xml: &lt;Role name&gt;&lt;RolePrivileges&gt;&lt;RolePrivilege name="prvReadAccount"
/// level="Global"/&gt;, levels Basic/Local/Deep/Global, learn.microsoft.com/power-platform/alm/solution-components),
/// and the standard roles every org has (learn.microsoft.com/power-platform/admin/security-roles-privileges).
/// </summary>
[TestClass]
public sealed class RoleImportTests
{
    private static string RolesFolder => Path.Combine(SolutionTestLayout.SourceFolder, "Roles");

    [TestMethod]
    public void The_solutions_roles_load_with_their_privileges_and_depths()
    {
        var org = Org.CreateSecured(rolesFolder: RolesFolder);
        var files = Directory.GetFiles(RolesFolder, "*.xml");
        Assert.AreEqual(3, files.Length);
        foreach (var file in files)
        {
            var xml = System.Xml.Linq.XElement.Load(file);
            var role = org.Security.Role((string)xml.Attribute("name")!);
            var privileges = xml.Descendants("RolePrivilege").ToList();
            Assert.AreEqual(privileges.Count, role.Privileges.Count, file);
            foreach (var privilege in privileges)
            {
                Assert.AreEqual((string)privilege.Attribute("level")!, role.DepthOf((string)privilege.Attribute("name")!).ToString(), $"{file}: {privilege}");
            }
        }

        var rep = org.Security.Role("CrmIndependence Rep");
        Assert.AreEqual(AccessDepth.Basic, rep.DepthOf("prvReadcri_independencescore"), "privilege names compare case-insensitively");
        Assert.IsNull(rep.DepthOf("prvWritecri_IndependenceScore"));
        Assert.AreEqual(AccessDepth.Basic, org.Security.Role("CrmIndependence Manager").DepthOf("prvReadcri_DependencySignal"), "the team comes through the manager hierarchy, not the business unit");
        CollectionAssert.IsSubsetOf(
            new[] { "CrmIndependence Admin", "CrmIndependence Manager", "CrmIndependence Rep", StandardRoles.Salesperson, StandardRoles.SalesManager, StandardRoles.SystemAdministrator, StandardRoles.SystemCustomizer },
            org.Security.Roles.Select(role => role.Name).ToArray());
    }

    [TestMethod]
    public void An_imported_role_governs_what_its_holder_does()
    {
        var org = Org.CreateSecured();
        org.Security.ImportRole(
            "<Role id='{11111111-2222-3333-4444-555555555555}' name='Task keeper'><RolePrivileges>"
            + "<RolePrivilege name='prvCreateActivity' level='Basic' /><RolePrivilege name='prvReadActivity' level='Basic' />"
            + "<RolePrivilege name='prvExportToExcel' level='Global' /></RolePrivileges></Role>");
        var user = org.Security.AddUser("Tara Tasks", roles: new[] { "Task keeper" });
        Assert.AreEqual(Guid.Parse("11111111-2222-3333-4444-555555555555"), org.Security.Role("Task keeper").Id);

        var id = org.ServiceFor(user).Create(new Entity("task") { ["subject"] = "Call back" });
        Assert.AreEqual("Call back", org.ServiceFor(user).Retrieve("task", id, new ColumnSet("subject"))["subject"]);
        SecurityAssert.MissingPrivilege("prvWriteActivity", () => org.ServiceFor(user).Update(new Entity("task", id) { ["subject"] = "Changed" }));
        Assert.AreEqual(1, org.ServiceFor(user).RetrieveMultiple(new QueryExpression("activitypointer") { ColumnSet = new ColumnSet("subject") }).Entities.Count);
    }

    [TestMethod]
    public void Each_org_gets_its_own_copy_of_the_roles_so_a_grant_in_one_never_reaches_another()
    {
        var first = Org.CreateSecured(rolesFolder: RolesFolder);
        var second = Org.CreateSecured(rolesFolder: RolesFolder);
        first.Security.Role("CrmIndependence Rep").Grant("prvWritecri_IndependenceScore", AccessDepth.Global);
        first.Security.Role(StandardRoles.Salesperson).Grant("prvDeleteAccount", AccessDepth.Global);

        Assert.AreEqual(AccessDepth.Global, first.Security.Role("CrmIndependence Rep").DepthOf("prvWritecri_IndependenceScore"));
        Assert.IsNull(second.Security.Role("CrmIndependence Rep").DepthOf("prvWritecri_IndependenceScore"));
        Assert.IsNull(Org.CreateSecured(rolesFolder: RolesFolder).Security.Role("CrmIndependence Rep").DepthOf("prvWritecri_IndependenceScore"));
        Assert.AreEqual(AccessDepth.Basic, second.Security.Role(StandardRoles.Salesperson).DepthOf("prvDeleteAccount"));
        Assert.AreEqual(first.Security.Role("CrmIndependence Rep").Id, second.Security.Role("CrmIndependence Rep").Id, "an imported role keeps the id its file gives");
    }

    [TestMethod]
    public void A_roles_folder_is_read_again_when_one_of_its_files_changes()
    {
        var folder = Directory.CreateTempSubdirectory("roles-").FullName;
        try
        {
            var file = Path.Combine(folder, "Reader.xml");
            File.WriteAllText(file, "<Role name='Reader'><RolePrivileges><RolePrivilege name='prvReadAccount' level='Basic' /></RolePrivileges></Role>");
            Assert.AreEqual(AccessDepth.Basic, Org.CreateSecured(rolesFolder: folder).Security.Role("Reader").DepthOf("prvReadAccount"));

            File.WriteAllText(file, "<Role name='Reader'><RolePrivileges><RolePrivilege name='prvReadAccount' level='Global' /></RolePrivileges></Role>");
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
            Assert.AreEqual(AccessDepth.Global, Org.CreateSecured(rolesFolder: folder).Security.Role("Reader").DepthOf("prvReadAccount"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void Broken_role_xml_is_refused_with_what_is_wrong()
    {
        var org = Org.CreateSecured();
        StringAssert.Contains(Assert.ThrowsExactly<FormatException>(() => org.Security.ImportRole("<Role name='x'>")).Message, "not well-formed");
        StringAssert.Contains(Assert.ThrowsExactly<FormatException>(() => org.Security.ImportRole("<Roles />")).Message, "<Role name=");
        StringAssert.Contains(Assert.ThrowsExactly<FormatException>(() => org.Security.ImportRole("<Role><RolePrivileges /></Role>")).Message, "no name");
        var badLevel = Assert.ThrowsExactly<FormatException>(() => org.Security.ImportRole("<Role name='x'><RolePrivileges><RolePrivilege name='prvReadAccount' level='Everything' /></RolePrivileges></Role>"));
        StringAssert.Contains(badLevel.Message, "use Basic, Local, Deep or Global");
        StringAssert.Contains(Assert.ThrowsExactly<DirectoryNotFoundException>(() => org.Security.ImportRoles("/no/such/Roles")).Message, "Roles/ folder");
        Assert.IsFalse(org.Security.Roles.Any(role => role.Name == "x"));
    }

    [TestMethod]
    public void An_unknown_role_name_says_which_roles_exist()
    {
        var org = Org.CreateSecured();
        var error = Assert.ThrowsExactly<System.Collections.Generic.KeyNotFoundException>(() => org.Security.AddUser("Riley", roles: new[] { "CrmIndependence Rep" }));
        StringAssert.Contains(error.Message, "Salesperson");
        StringAssert.Contains(error.Message, "ImportRoles");
        Assert.IsFalse(org.Users.Any(user => user.FullName == "Riley"), "nothing is added when a role is unknown");
    }

    [TestMethod]
    public void The_standard_sales_roles_give_the_documented_depths()
    {
        // Opportunity entity privileges (CRM 2013 developer guide, gg328513): Salesperson creates, deletes and
        // assigns at user depth and reads globally; Sales Manager creates and deletes at business-unit depth.
        var org = Org.CreateSecured();
        var rep = org.Security.AddUser("Riley Rep", roles: new[] { StandardRoles.Salesperson });
        var peer = org.Security.AddUser("Pat Peer", roles: new[] { StandardRoles.Salesperson });
        var manager = org.Security.AddUser("Max Manager", roles: new[] { StandardRoles.SalesManager });
        var peers = org.ServiceFor(peer).Create(new Entity("opportunity") { ["name"] = "Pat's deal" });

        Assert.AreEqual("Pat's deal", org.ServiceFor(rep).Retrieve("opportunity", peers, new ColumnSet("name"))["name"]);
        SecurityAssert.OutOfReach("DeleteAccess", () => org.ServiceFor(rep).Delete("opportunity", peers));
        org.ServiceFor(manager).Delete("opportunity", peers);
        Assert.IsNull(org.Read("opportunity", peers));

        var customizer = org.Security.AddUser("Cus Tomizer", roles: new[] { StandardRoles.SystemCustomizer });
        var own = org.ServiceFor(customizer).Create(new Entity("account") { ["name"] = "Own" });
        var others = org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "Rep's" });
        Assert.AreEqual(1, org.ServiceFor(customizer).RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities.Count);
        SecurityAssert.OutOfReach("ReadAccess", () => org.ServiceFor(customizer).Retrieve("account", others, new ColumnSet("name")));
        Assert.AreNotEqual(Guid.Empty, own);
    }
}
