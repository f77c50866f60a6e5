using System;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Emulator.Security;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Tests.Emulator.TestPlugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Security;

/// <summary>
/// The manager hierarchy (learn.microsoft.com/power-platform/admin/hierarchy-security): off by default; the
/// direct manager reads and writes the reports' records, managers above read them, up to the depth; the
/// manager must be in the report's business unit or its parent. Plug-ins run with the caller's privileges,
/// and <c>CreateOrganizationService(null)</c> is SYSTEM
/// (learn.microsoft.com/power-apps/developer/data-platform/write-plug-in: "null … the SYSTEM user").
/// </summary>
[TestClass]
public sealed class HierarchyAndPluginTests
{
    private static Org OrgWithChain(bool hierarchy, out User vp, out User director, out User manager, out User rep, int depth = 3)
    {
        var org = Org.CreateSecured(configure: options =>
        {
            options.HierarchySecurity = hierarchy;
            options.HierarchyDepth = depth;
        });
        org.Security.AddRole(SecurityAssert.AllOn("Own accounts", AccessDepth.Basic, "account"));
        vp = org.Security.AddUser("Val VP", roles: new[] { "Own accounts" });
        director = org.Security.AddUser("Dana Director", manager: vp, roles: new[] { "Own accounts" });
        manager = org.Security.AddUser("Max Manager", manager: director, roles: new[] { "Own accounts" });
        rep = org.Security.AddUser("Riley Rep", manager: manager, roles: new[] { "Own accounts" });
        return org;
    }

    [TestMethod]
    public void Hierarchy_security_is_off_by_default()
    {
        Assert.IsFalse(new OrgOptions().HierarchySecurity);
        var org = OrgWithChain(false, out _, out _, out var manager, out var rep);
        var id = org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "Rep's" });
        SecurityAssert.OutOfReach("ReadAccess", () => org.ServiceFor(manager).Retrieve("account", id, new ColumnSet("name")));
    }

    [TestMethod]
    public void By_default_the_hierarchy_reaches_three_levels_up_and_not_a_fourth()
    {
        var org = Org.CreateSecured(configure: options => options.HierarchySecurity = true);   // HierarchyDepth left at its default
        org.Security.AddRole(SecurityAssert.AllOn("Own accounts", AccessDepth.Basic, "account"));
        var ceo = org.Security.AddUser("Cleo CEO", roles: new[] { "Own accounts" });
        var vp = org.Security.AddUser("Val VP", manager: ceo, roles: new[] { "Own accounts" });
        var director = org.Security.AddUser("Dana Director", manager: vp, roles: new[] { "Own accounts" });
        var manager = org.Security.AddUser("Max Manager", manager: director, roles: new[] { "Own accounts" });
        var rep = org.Security.AddUser("Riley Rep", manager: manager, roles: new[] { "Own accounts" });
        var id = org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "Rep's" });

        Assert.AreEqual("Rep's", org.ServiceFor(vp).Retrieve("account", id, new ColumnSet("name"))["name"], "three levels up");
        SecurityAssert.OutOfReach("ReadAccess", () => org.ServiceFor(ceo).Retrieve("account", id, new ColumnSet("name")));
    }

    [TestMethod]
    public void The_direct_manager_reads_and_writes_the_reports_records_and_managers_above_only_read()
    {
        var org = OrgWithChain(true, out var vp, out var director, out var manager, out var rep);
        var id = org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "Rep's" });

        org.ServiceFor(manager).Update(new Entity("account", id) { ["name"] = "Edited by the manager" });
        Assert.AreEqual("Edited by the manager", org.ServiceFor(director).Retrieve("account", id, new ColumnSet("name"))["name"]);
        Assert.AreEqual(1, org.ServiceFor(vp).RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities.Count);
        SecurityAssert.OutOfReach("WriteAccess", () => org.ServiceFor(director).Update(new Entity("account", id) { ["name"] = "Director" }));
        SecurityAssert.OutOfReach("DeleteAccess", () => org.ServiceFor(manager).Delete("account", id));
    }

    [TestMethod]
    public void The_depth_limits_how_far_up_the_hierarchy_reaches()
    {
        var org = OrgWithChain(true, out var vp, out var director, out _, out var rep, depth: 2);
        var id = org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "Rep's" });

        org.ServiceFor(director).Retrieve("account", id, new ColumnSet("name"));
        SecurityAssert.OutOfReach("ReadAccess", () => org.ServiceFor(vp).Retrieve("account", id, new ColumnSet("name")));
    }

    [TestMethod]
    public void A_manager_outside_the_reports_unit_and_its_parent_gets_nothing_from_the_hierarchy()
    {
        var org = OrgWithChain(true, out _, out _, out _, out _);
        var other = org.BusinessUnits.Add("Other");
        var far = org.BusinessUnits.Add("Far");
        var boss = org.Security.AddUser("Bea Boss", other, roles: new[] { "Own accounts" });
        var report = org.Security.AddUser("Ron Report", far, manager: boss, roles: new[] { "Own accounts" });
        var id = org.ServiceFor(report).Create(new Entity("account") { ["name"] = "Ron's" });
        SecurityAssert.OutOfReach("ReadAccess", () => org.ServiceFor(boss).Retrieve("account", id, new ColumnSet("name")));

        var parentBoss = org.Security.AddUser("Paul Parent", org.BusinessUnits.Root, roles: new[] { "Own accounts" });
        org.Users.SetManager(report, parentBoss);
        Assert.AreEqual("Ron's", org.ServiceFor(parentBoss).Retrieve("account", id, new ColumnSet("name"))["name"]);
    }

    [TestMethod]
    public void The_hierarchy_needs_the_privilege_itself()
    {
        var org = OrgWithChain(true, out _, out _, out var manager, out var rep);
        var id = org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "Rep's" });
        org.Security.RemoveRole(manager, "Own accounts");
        SecurityAssert.MissingPrivilege("prvReadAccount", () => org.ServiceFor(manager).Retrieve("account", id, new ColumnSet("name")));
    }

    [TestMethod]
    public void A_plugin_calling_as_the_user_has_the_users_privileges_and_the_whole_request_is_undone()
    {
        var org = Org.CreateSecured();
        org.Security.AddRole(SecurityAssert.AllOn("Accounts only", AccessDepth.Basic, "account"));
        var rep = org.Security.AddUser("Riley Rep", roles: new[] { "Accounts only" });
        org.Register<PrimaryContactCreator>();

        var fault = SecurityAssert.MissingPrivilege("prvCreateContact", () => org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "Contoso" }));
        StringAssert.Contains(fault.Message, $"Principal user (Id={rep.Id}");
        Assert.AreEqual(0, org.Rows("account").Count);
        Assert.AreEqual(0, org.Rows("contact").Count);
    }

    [TestMethod]
    public void A_plugin_calling_with_a_null_user_runs_as_SYSTEM()
    {
        var org = Org.CreateSecured();
        org.Security.AddRole(SecurityAssert.AllOn("Accounts only", AccessDepth.Basic, "account"));
        var rep = org.Security.AddUser("Riley Rep", roles: new[] { "Accounts only" });
        org.Register<SystemContactCreator>();

        var id = org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "Contoso" });
        var contact = org.Rows("contact").Single();
        Assert.AreEqual(org.SystemUser.Id, contact.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.AreEqual(id, contact.GetAttributeValue<EntityReference>("parentcustomerid").Id);
        SecurityAssert.MissingPrivilege("prvReadContact", () => org.ServiceFor(rep).Retrieve("contact", contact.Id, new ColumnSet("lastname")));
    }

    [TestMethod]
    public void A_step_registered_to_run_as_SYSTEM_has_SYSTEMs_rights_for_its_users_service()
    {
        var org = Org.CreateSecured();
        org.Security.AddRole(SecurityAssert.AllOn("Accounts only", AccessDepth.Basic, "account"));
        var rep = org.Security.AddUser("Riley Rep", roles: new[] { "Accounts only" });
        org.Register<ContactCreatorRunningAsSystem>();

        org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "Contoso" });
        var contact = org.Rows("contact").Single();
        Assert.AreEqual(org.SystemUser.Id, contact.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.AreEqual(rep.Id, org.LastOperation!.StepsRan.Single().Context.InitiatingUserId);
    }
}

/// <summary>A step registered to run as SYSTEM: its context's UserId is SYSTEM, so a service for context.UserId has SYSTEM's rights.</summary>
[Step("Create", "account", PipelineStage.PostOperation, RunAs = StepUser.System)]
public sealed class ContactCreatorRunningAsSystem : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        tracing.Trace("initiated by {0}", context.InitiatingUserId);
        factory.CreateOrganizationService(context.UserId).Create(new Entity("contact")
        {
            ["lastname"] = "Created by the step's user",
            ["parentcustomerid"] = new EntityReference("account", context.PrimaryEntityId),
        });
    }
}

/// <summary>After an account is created, creates its primary contact as SYSTEM (CreateOrganizationService(null)).</summary>
[Step("Create", "account", PipelineStage.PostOperation)]
public sealed class SystemContactCreator : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
        factory.CreateOrganizationService(null).Create(new Entity("contact")
        {
            ["lastname"] = "Created by SYSTEM",
            ["parentcustomerid"] = new EntityReference("account", context.PrimaryEntityId),
        });
}
