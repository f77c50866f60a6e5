using System;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Emulator.Security;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Security;

/// <summary>
/// Privileges and their depth (User/Basic, Business Unit/Local, Parent: Child Business Units/Deep,
/// Organization/Global) over a business-unit tree, per
/// learn.microsoft.com/power-platform/admin/security-roles-privileges ("Access levels") and
/// learn.microsoft.com/power-platform/admin/wp-security-cds (business units, record ownership).
/// </summary>
[TestClass]
public sealed class DepthTests
{
    private Org org = null!;
    private BusinessUnit sales = null!;
    private BusinessUnit west = null!;
    private BusinessUnit service = null!;

    [TestInitialize]
    public void Arrange()
    {
        org = Org.CreateSecured();
        sales = org.BusinessUnits.Add("Sales");
        west = org.BusinessUnits.Add("Sales West", sales);
        service = org.BusinessUnits.Add("Service");
    }

    private User UserWith(string name, BusinessUnit unit, AccessDepth depth)
    {
        var role = org.Security.AddRole(SecurityAssert.AllOn("Accounts " + name, depth, "account"));
        return org.Security.AddUser(name, unit, roles: new[] { role.Name });
    }

    private Guid AccountOf(User owner, string name) => org.ServiceFor(owner).Create(new Entity("account") { ["name"] = name });

    private string[] NamesReadBy(User user) =>
        org.ServiceFor(user).RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") })
            .Entities.Select(row => row.GetAttributeValue<string>("name")).OrderBy(name => name).ToArray();

    [TestMethod]
    public void Security_is_off_in_a_bare_org_so_a_user_without_roles_does_everything()
    {
        var bare = Org.Create();
        var user = bare.Users.Add("No Roles");
        var id = bare.ServiceFor(user).Create(new Entity("account") { ["name"] = "Contoso" });
        bare.ServiceFor(user).Update(new Entity("account", id) { ["name"] = "Contoso Ltd" });
        Assert.AreEqual("Contoso Ltd", bare.ServiceFor(user).Retrieve("account", id, new ColumnSet("name"))["name"]);
        Assert.IsFalse(bare.Options.Security);
    }

    [TestMethod]
    public void Without_the_privilege_a_create_is_refused_naming_it_and_nothing_is_stored()
    {
        var user = org.Security.AddUser("No Roles", sales);
        var fault = SecurityAssert.MissingPrivilege("prvCreateAccount", () => org.ServiceFor(user).Create(new Entity("account") { ["name"] = "Contoso" }));
        StringAssert.Contains(fault.Message, "OTC=1 for entity 'account'");
        StringAssert.Contains(fault.Message, $"Principal user (Id={user.Id}");
        Assert.AreEqual(0, org.Rows("account").Count);
    }

    [TestMethod]
    public void Basic_depth_reaches_only_the_users_own_rows()
    {
        var riley = UserWith("Riley", sales, AccessDepth.Basic);
        var peer = UserWith("Pat", sales, AccessDepth.Basic);
        var own = AccountOf(riley, "Riley's");
        var peers = AccountOf(peer, "Pat's");

        CollectionAssert.AreEqual(new[] { "Riley's" }, NamesReadBy(riley));
        Assert.AreEqual("Riley's", org.ServiceFor(riley).Retrieve("account", own, new ColumnSet("name"))["name"]);
        var fault = SecurityAssert.OutOfReach("ReadAccess", () => org.ServiceFor(riley).Retrieve("account", peers, new ColumnSet("name")));
        StringAssert.Contains(fault.Message, $"ObjectID: {peers}");
        StringAssert.Contains(fault.Message, $"OwnerId: {peer.Id}");
        StringAssert.Contains(fault.Message, "prvReadAccount at Basic depth");
        SecurityAssert.OutOfReach("WriteAccess", () => org.ServiceFor(riley).Update(new Entity("account", peers) { ["name"] = "mine now" }));
        SecurityAssert.OutOfReach("DeleteAccess", () => org.ServiceFor(riley).Delete("account", peers));
        Assert.AreEqual("Pat's", org.Read("account", peers)!["name"]);
    }

    [TestMethod]
    public void Local_depth_reaches_the_business_unit_and_not_its_children_or_siblings()
    {
        var manager = UserWith("Morgan", sales, AccessDepth.Local);
        AccountOf(UserWith("Sam", sales, AccessDepth.Basic), "Sales");
        AccountOf(UserWith("Wendy", west, AccessDepth.Basic), "West");
        AccountOf(UserWith("Sid", service, AccessDepth.Basic), "Service");

        CollectionAssert.AreEqual(new[] { "Sales" }, NamesReadBy(manager));
    }

    [TestMethod]
    public void Deep_depth_reaches_the_unit_and_the_units_under_it()
    {
        var director = UserWith("Dana", sales, AccessDepth.Deep);
        AccountOf(UserWith("Sam", sales, AccessDepth.Basic), "Sales");
        AccountOf(UserWith("Wendy", west, AccessDepth.Basic), "West");
        AccountOf(UserWith("Sid", service, AccessDepth.Basic), "Service");
        AccountOf(UserWith("Rita", org.BusinessUnits.Root, AccessDepth.Basic), "Root");

        CollectionAssert.AreEqual(new[] { "Sales", "West" }, NamesReadBy(director));
    }

    [TestMethod]
    public void Global_depth_reaches_every_row()
    {
        var ceo = UserWith("Chris", west, AccessDepth.Global);
        AccountOf(UserWith("Sam", sales, AccessDepth.Basic), "Sales");
        AccountOf(UserWith("Sid", service, AccessDepth.Basic), "Service");

        CollectionAssert.AreEqual(new[] { "Sales", "Service" }, NamesReadBy(ceo));
    }

    [TestMethod]
    public void Create_depth_decides_for_whom_a_user_may_create()
    {
        var riley = UserWith("Riley", sales, AccessDepth.Basic);
        var manager = UserWith("Morgan", sales, AccessDepth.Local);
        var sam = UserWith("Sam", sales, AccessDepth.Basic);

        SecurityAssert.OutOfReach("CreateAccess", () => org.ServiceFor(riley).Create(new Entity("account") { ["name"] = "for Sam", ["ownerid"] = sam.ToEntityReference() }));
        var id = org.ServiceFor(manager).Create(new Entity("account") { ["name"] = "for Sam", ["ownerid"] = sam.ToEntityReference() });
        Assert.AreEqual(sam.Id, org.Read("account", id)!.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.AreEqual(1, org.Rows("account").Count);
    }

    [TestMethod]
    public void An_organization_owned_table_needs_only_the_privilege()
    {
        // transactioncurrency is organization-owned: its privileges are all-or-nothing.
        var reader = org.Security.AddUser("Reader", west, roles: new[] { org.Security.AddRole(SecurityRole.Define("Currency reader").Grant(Access.Read, "transactioncurrency", AccessDepth.Basic)).Name });
        var nobody = org.Security.AddUser("Nobody", west);
        var query = new QueryExpression("transactioncurrency") { ColumnSet = new ColumnSet("isocurrencycode") };

        Assert.AreEqual("USD", org.ServiceFor(reader).RetrieveMultiple(query).Entities.Single()["isocurrencycode"]);
        SecurityAssert.MissingPrivilege("prvReadTransactionCurrency", () => org.ServiceFor(nobody).RetrieveMultiple(query));
    }

    [TestMethod]
    public void Assign_needs_the_assign_privilege_on_the_row_whether_by_Assign_or_by_Update_of_ownerid()
    {
        var role = org.Security.AddRole(SecurityRole.Define("No assign").Grant("account", AccessDepth.Local, Access.Create, Access.Read, Access.Write));
        var riley = org.Security.AddUser("Riley", sales, roles: new[] { role.Name });
        var sam = UserWith("Sam", sales, AccessDepth.Basic);
        var id = AccountOf(riley, "Riley's");

        SecurityAssert.MissingPrivilege(
            "prvAssignAccount",
            () => org.ServiceFor(riley).Execute(new Microsoft.Crm.Sdk.Messages.AssignRequest { Target = new EntityReference("account", id), Assignee = sam.ToEntityReference() }));
        SecurityAssert.MissingPrivilege("prvAssignAccount", () => org.ServiceFor(riley).Update(new Entity("account", id) { ["ownerid"] = sam.ToEntityReference() }));
        Assert.AreEqual(riley.Id, org.Read("account", id)!.GetAttributeValue<EntityReference>("ownerid").Id);

        var manager = UserWith("Morgan", sales, AccessDepth.Local);
        org.ServiceFor(manager).Execute(new Microsoft.Crm.Sdk.Messages.AssignRequest { Target = new EntityReference("account", id), Assignee = sam.ToEntityReference() });
        Assert.AreEqual(sam.Id, org.Read("account", id)!.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [TestMethod]
    public void Setting_a_lookup_needs_Append_on_the_row_and_AppendTo_on_the_row_it_points_at()
    {
        var contacts = SecurityRole.Define("Contacts only").Grant("contact", AccessDepth.Basic, Access.Create, Access.Read, Access.Write, Access.Append)
            .Grant("account", AccessDepth.Global, Access.Read);
        var riley = org.Security.AddUser("Riley", sales, roles: new[] { org.Security.AddRole(contacts).Name });
        var account = AccountOf(UserWith("Sam", sales, AccessDepth.Basic), "Contoso");

        SecurityAssert.MissingPrivilege("prvAppendToAccount", () => org.ServiceFor(riley).Create(new Entity("contact") { ["lastname"] = "Doe", ["parentcustomerid"] = new EntityReference("account", account) }));
        Assert.AreEqual(0, org.Rows("contact").Count);

        contacts.Grant(Access.AppendTo, "account", AccessDepth.Global);
        var id = org.ServiceFor(riley).Create(new Entity("contact") { ["lastname"] = "Doe", ["parentcustomerid"] = new EntityReference("account", account) });
        Assert.AreEqual(account, org.Read("contact", id)!.GetAttributeValue<EntityReference>("parentcustomerid").Id);

        var noAppend = org.Security.AddUser("Nia", sales, roles: new[] { org.Security.AddRole(SecurityRole.Define("No append").Grant("contact", AccessDepth.Basic, Access.Create, Access.Read, Access.Write).Grant("account", AccessDepth.Global, Access.Read, Access.AppendTo)).Name });
        var own = org.ServiceFor(noAppend).Create(new Entity("contact") { ["lastname"] = "Roe" });
        SecurityAssert.MissingPrivilege("prvAppendContact", () => org.ServiceFor(noAppend).Update(new Entity("contact", own) { ["parentcustomerid"] = new EntityReference("account", account) }));
    }

    [TestMethod]
    public void Query_results_keep_only_readable_rows_of_every_table_in_the_query_aggregates_included()
    {
        var riley = org.Security.AddUser("Riley", sales, roles: new[] { org.Security.AddRole(SecurityAssert.AllOn("Basic accounts and contacts", AccessDepth.Basic, "account", "contact")).Name });
        var sam = org.Security.AddUser("Sam", sales, roles: new[] { "Basic accounts and contacts" });
        var account = AccountOf(riley, "Riley's");
        org.ServiceFor(riley).Create(new Entity("contact") { ["lastname"] = "Mine", ["parentcustomerid"] = new EntityReference("account", account) });
        org.ServiceFor(sam).Create(new Entity("contact") { ["lastname"] = "Sam's" });
        org.AsSystem.Create(new Entity("contact") { ["lastname"] = "SYSTEM's", ["parentcustomerid"] = new EntityReference("account", account) });

        var count = org.ServiceFor(riley).RetrieveMultiple(new FetchExpression(
            "<fetch aggregate='true'><entity name='contact'><attribute name='contactid' alias='n' aggregate='count' /></entity></fetch>"));
        Assert.AreEqual(1, count.Entities.Single().GetAttributeValue<AliasedValue>("n").Value);

        var linked = org.ServiceFor(riley).RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='account'><attribute name='name' /><link-entity name='contact' from='parentcustomerid' to='accountid' alias='c'><attribute name='lastname' /></link-entity></entity></fetch>"));
        Assert.AreEqual("Mine", linked.Entities.Single().GetAttributeValue<AliasedValue>("c.lastname").Value);
    }

    [TestMethod]
    public void Winning_an_opportunity_needs_write_on_it_and_create_on_activities()
    {
        // WinOpportunity message privileges: prvAppendActivity, prvAppendToOpportunity, prvCreateActivity, prvWriteOpportunity
        // (learn.microsoft.com/previous-versions/dynamicscrm-2013/developers-guide/gg334650).
        var deals = org.Security.AddRole(SecurityAssert.AllOn("Own deals", AccessDepth.Basic, "opportunity"));
        var rep = org.Security.AddUser("Riley", sales, roles: new[] { deals.Name });
        var id = org.ServiceFor(rep).Create(new Entity("opportunity") { ["name"] = "Big deal" });
        var win = new Microsoft.Crm.Sdk.Messages.WinOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id), ["subject"] = "Won" },
            Status = new OptionSetValue(3),
        };

        SecurityAssert.MissingPrivilege("prvCreateActivity", () => org.ServiceFor(rep).Execute(win));
        Assert.AreEqual(0, org.Read("opportunity", id)!.GetAttributeValue<OptionSetValue>("statecode").Value);

        deals.Grant("activitypointer", AccessDepth.Basic, Access.Create, Access.Append);
        org.ServiceFor(rep).Execute(win);
        Assert.AreEqual(1, org.Read("opportunity", id)!.GetAttributeValue<OptionSetValue>("statecode").Value);
    }
}
