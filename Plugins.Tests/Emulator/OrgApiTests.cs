using System;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Tests.Emulator.TestPlugins;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator;

/// <summary>The test API: arranging an org, acting as its users, and what it records per operation.</summary>
[TestClass]
public sealed class OrgApiTests
{
    [TestMethod]
    public void An_id_seed_gives_the_same_ids_on_every_run_and_none_gives_ids_unique_across_orgs()
    {
        Guid[] Ids(int? seed)
        {
            var org = Org.Create(configure: options => options.IdSeed = seed);
            var rep = org.Users.Add("Riley Rep");
            return new[] { rep.Id }.Concat(Enumerable.Range(0, 3).Select(i => org.AsSystem.Create(new Entity("account") { ["name"] = $"Account {i}" }))).ToArray();
        }

        CollectionAssert.AreEqual(Ids(7), Ids(7), "the same seed, the same ids (a replayed scenario breaks ties the same way)");
        CollectionAssert.AreNotEqual(Ids(7), Ids(8));
        Assert.AreEqual(0, Ids(null).Intersect(Ids(null)).Count(), "without a seed, two orgs share no id");
        var seeded = Ids(7);
        CollectionAssert.AreEqual(seeded.OrderBy(id => id).ToArray(), seeded, "ids still sort in creation order");
    }

    [TestMethod]
    public void A_hierarchy_is_one_line_per_user()
    {
        var team = new SalesTeam();
        Assert.AreEqual(team.Manager, team.Org.Users.ManagerOf(team.Rep));
        Assert.AreEqual(team.Director, team.Org.Users.ManagerOf(team.Manager));
        Assert.IsNull(team.Org.Users.ManagerOf(team.Director));
        Assert.AreEqual(team.Rep, team.Org.Users["riley rep"]);
        var row = team.Org.Read("systemuser", team.Rep.Id)!;
        Assert.AreEqual("Max Manager", row.GetAttributeValue<EntityReference>("parentsystemuserid").Name);
        Assert.AreEqual("Riley", row["firstname"]);
        Assert.AreEqual("Rep", row["lastname"]);

        team.Org.Users.SetManager(team.Rep, team.Director);
        Assert.AreEqual(team.Director, team.Org.Users.ManagerOf(team.Rep));
    }

    [TestMethod]
    public void Business_units_and_teams_are_data()
    {
        var team = new SalesTeam();
        var west = team.Org.BusinessUnits.Add("West");
        var westRep = team.Org.Users.Add("Wendy West", reportsTo: team.Manager, businessUnit: west);
        var squad = team.Org.Teams.Add("West squad", west, westRep, team.Rep);
        CollectionAssert.AreEquivalent(new[] { westRep.Id, team.Rep.Id }, team.Org.Teams.MembersOf(squad).ToArray());
        Assert.AreEqual(west.Id, team.Org.Read("team", squad.Id)!.GetAttributeValue<EntityReference>("businessunitid").Id);

        var id = team.Org.ServiceFor(westRep).Create(new Entity("account") { ["name"] = "Western account" });
        Assert.AreEqual(west.Id, team.Org.Read("account", id)!.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
        var whoAmI = (WhoAmIResponse)team.Org.ServiceFor(westRep).Execute(new WhoAmIRequest());
        Assert.AreEqual(west.Id, whoAmI.BusinessUnitId);
    }

    [TestMethod]
    public void Service_calls_are_counted_per_plugin_execution()
    {
        var team = new SalesTeam();
        var id = team.Opportunity();
        team.Org.Register<ThreeCallsPerUpdate>();
        team.AsRep.Update(new Entity("opportunity", id) { ["estimatedvalue"] = new Money(20_000m) });
        var operation = team.Org.LastOperation!;
        Assert.AreEqual(3, operation.ServiceCallsByPlugin[typeof(ThreeCallsPerUpdate).FullName!]);
        Assert.AreEqual(3, operation.TotalServiceCalls);
        var run = operation.RunsOf<ThreeCallsPerUpdate>().Single();
        Assert.AreEqual(1, run.ServiceCallsByMessage["Retrieve"]);
        Assert.AreEqual(1, run.ServiceCallsByMessage["RetrieveMultiple"]);
        Assert.AreEqual(1, run.ServiceCallsByMessage["Update"]);
        CollectionAssert.AreEqual(new[] { "Big deal has 0 task(s)" }, run.Trace.ToArray());
        Assert.AreEqual(50, team.Org.Read("opportunity", id)!["closeprobability"]);
        Assert.HasCount(4, operation.Messages, "Update, then Retrieve, RetrieveMultiple and Update from the plug-in");
        Assert.AreEqual(2, operation.Messages[3].Depth);
    }

    [TestMethod]
    public void Reads_with_all_columns_are_recorded()
    {
        var team = new SalesTeam();
        var id = team.Contact();
        team.Org.Register<ReadsAllColumns>();
        team.AsRep.Update(new Entity("contact", id) { ["jobtitle"] = "Buyer" });
        CollectionAssert.AreEqual(new[] { "contact" }, team.Org.LastOperation!.AllColumnsReads.ToArray());
        CollectionAssert.AreEqual(new[] { "contact" }, team.Org.LastOperation.StepsRan.Single().AllColumnsReads.ToArray());
        team.AsRep.Retrieve("contact", id, new ColumnSet("lastname"));
        Assert.IsEmpty(team.Org.LastOperation!.AllColumnsReads);
    }

    [TestMethod]
    public void Internal_messages_are_recorded_at_the_same_depth()
    {
        var team = new SalesTeam();
        var id = team.Opportunity();
        team.AsRep.Execute(new AssignRequest { Target = new EntityReference("opportunity", id), Assignee = team.Peer });
        var messages = team.Org.LastOperation!.Messages;
        CollectionAssert.AreEqual(new[] { "Assign", "Update" }, messages.Select(message => message.MessageName).ToArray());
        Assert.IsTrue(messages[1].Internal);
        Assert.AreEqual(1, messages[1].Depth);
    }

    [TestMethod]
    public void Seeded_rows_run_no_plugins_and_may_hold_platform_columns()
    {
        var team = new SalesTeam();
        team.Org.Register<OpportunityCreateObserver>();
        var createdOn = team.Org.Now.AddDays(-10);
        var id = team.Org.Seed(new Entity("opportunity")
        {
            ["name"] = "Old win",
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(3),
            ["createdon"] = createdOn,
        }, team.Rep);
        Assert.IsNull(team.Org.LastOperation);
        var row = team.Org.Read("opportunity", id)!;
        Assert.AreEqual(createdOn, row["createdon"]);
        Assert.AreEqual("Won", row.FormattedValues["statecode"]);
        Assert.AreEqual(team.Rep.Id, row.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [TestMethod]
    public void The_clock_is_the_orgs_now()
    {
        var team = new SalesTeam();
        var id = team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });
        team.Clock.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromMilliseconds(400)));
        team.AsRep.Update(new Entity("account", id) { ["name"] = "Contoso Ltd" });
        var row = team.Org.Read("account", id)!;
        Assert.AreEqual(SimulatedClock.DefaultStart, row["createdon"]);
        Assert.AreEqual(SimulatedClock.DefaultStart.AddDays(2), row["modifiedon"]);
        Assert.AreEqual(team.Org.Now, row["modifiedon"]);
    }

    [TestMethod]
    public void Query_reads_the_store_without_the_pipeline()
    {
        var team = new SalesTeam();
        team.Opportunity("Rep's");
        team.Opportunity("Peer's", owner: team.Peer);
        team.Org.Register<AccountReadObserver>();
        var query = new QueryByAttribute("opportunity") { ColumnSet = new ColumnSet("name") };
        query.AddAttributeValue("ownerid", team.Peer.Id);
        Assert.AreEqual("Peer's", team.Org.Query(query).Entities.Single()["name"]);
        Assert.IsNull(team.Org.LastOperation);
    }

    [TestMethod]
    public void An_assembly_registration_registers_its_steps_and_custom_APIs()
    {
        var team = new SalesTeam();
        var assembly = new PluginAssemblyRegistration(Guid.NewGuid(), "Test", new[]
        {
            RegistrationReader.ReadType(typeof(EchoApi)),
            RegistrationReader.ReadType(typeof(EchoPreOperation)),
            RegistrationReader.ReadType(typeof(AccountCreateObserver)),
        });
        team.Org.Register(assembly);
        Assert.HasCount(5, team.Org.Steps);
        var request = new OrganizationRequest("cri_Echo");
        request["Text"] = "x";
        Assert.AreEqual("X", team.AsRep.Execute(request)["Echo"]);
        Assert.ThrowsExactly<InvalidOperationException>(() => team.Org.Register(assembly), "registering the same steps twice would run them twice");
        Assert.HasCount(5, team.Org.Steps);
    }

    [TestMethod]
    public void A_registration_with_one_refused_step_registers_nothing()
    {
        var team = new SalesTeam();
        var good = RegistrationReader.ReadType(typeof(AccountCreateObserver));
        var bad = new PluginTypeRegistration(Guid.NewGuid(), typeof(AccountCreateObserver), new[]
        {
            Conformance.PlatformPipelineTests.HandMade("Update", "cri_nosuchtable", PipelineStage.PreOperation, new[] { "name" }),
        }, null);
        Assert.ThrowsExactly<InvalidOperationException>(() => team.Org.Register(new PluginAssemblyRegistration(Guid.NewGuid(), "Test", new[] { good, bad })));
        Assert.IsEmpty(team.Org.Steps);
    }

    [TestMethod]
    public void The_SYSTEM_service_acts_as_SYSTEM()
    {
        var team = new SalesTeam();
        var id = team.Org.AsSystem.Create(new Entity("account") { ["name"] = "Contoso" });
        Assert.AreEqual("SYSTEM", team.Org.Read("account", id)!.GetAttributeValue<EntityReference>("createdby").Name);
        Assert.AreEqual(team.Org.SystemUser.Id, ((WhoAmIResponse)team.Org.AsSystem.Execute(new WhoAmIRequest())).UserId);
    }

    [TestMethod]
    public void Users_convert_to_references()
    {
        var team = new SalesTeam();
        EntityReference owner = team.Rep;
        Assert.AreEqual("systemuser", owner.LogicalName);
        Assert.AreEqual(team.Rep.Id, owner.Id);
        Assert.AreEqual("Riley Rep", owner.Name);
        User system = team.Org.SystemUser;
        Assert.AreEqual("SYSTEM", system.FullName);
    }
}
