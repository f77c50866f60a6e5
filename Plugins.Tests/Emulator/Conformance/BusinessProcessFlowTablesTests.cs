using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Security;
using CrmIndependence.Plugins.Tests.Emulator.Security;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Conformance;

/// <summary>
/// The business process flow tables as Microsoft Learn documents them: the Opportunity Sales Process instance table
/// (learn.microsoft.com/dynamics365/sales/developer/entities/opportunitysalesprocess: primary id
/// businessprocessflowinstanceid, organization-owned, lookups opportunityid, activestageid to processstage and processid
/// to workflow, traversedpath, statecode/statuscode), processstage (learn.microsoft.com/power-apps/developer/data-platform/reference/entities/processstage:
/// primary id processstageid, name stagename, stagecategory 0 Qualify … 7 Approval, primaryentitytypecode, processid),
/// the flow's statuses (formContext.data.process.getStatus: active, finished, aborted), and the stage ids of the
/// Opportunity Sales Process the client API reports (stage.getId, "Opportunity Sales Process" sample output).
/// </summary>
[TestClass]
public sealed class BusinessProcessFlowTablesTests
{
    private static readonly ConformanceTable Table = new ConformanceTable()
        .Add("opportunitysalesprocess is keyed businessprocessflowinstanceid, organization-owned, with opportunityid, activestageid, processid and traversedpath", InstanceTableShape)
        .Add("processstage is keyed processstageid, named stagename, with stagecategory 0 Qualify to 7 Approval, primaryentitytypecode and processid", StageTableShape)
        .Add("A flow instance starts Active/Active; Finished and Aborted are the statuses of Inactive", InstanceStates)
        .Add("activestageid takes a processstage that exists, and nothing else", ActiveStageIsAProcessStage)
        .Add("A stagecategory outside 0-7 is a fault", StageCategoryOutOfRange)
        .Add("The Opportunity Sales Process has the stage ids every Sales org has, one per sales stage category", OpportunitySalesProcessIds)
        .Add("A Salesperson and a Sales Manager move a deal's flow; a user without the privilege is refused", MovingTheFlowNeedsThePrivilege)
        .Add("Deleting an opportunity deletes its flow instance (emulator choice: the instance belongs to its record)", InstanceGoesWithItsDeal)
        .Add("A flow made in the designer has the same shape on its own table with the lookup bpf_opportunityid", CustomFlowTable);

    public static IEnumerable<object[]> Rules => Table.Rows;

    [TestMethod]
    [DynamicData(nameof(Rules))]
    public void Rule_holds(string rule) => Table.Check(rule);

    private static Guid Instance(Org org, Guid deal, Guid stage) => org.Seed(new Entity("opportunitysalesprocess")
    {
        ["name"] = "Opportunity Sales Process",
        ["opportunityid"] = new EntityReference("opportunity", deal),
        ["processid"] = new EntityReference("workflow", Org.OpportunitySalesProcess.ProcessId),
        ["activestageid"] = new EntityReference("processstage", stage),
        ["traversedpath"] = stage.ToString(),
    });

    private static void InstanceTableShape()
    {
        var catalog = MetadataCatalog.CreateStandard();
        var table = catalog.Table("opportunitysalesprocess");
        Assert.AreEqual("businessprocessflowinstanceid", table.PrimaryIdAttribute);
        Assert.AreEqual("name", table.PrimaryNameAttribute);
        Assert.AreEqual(TableOwnership.Organization, table.Ownership);
        CollectionAssert.AreEqual(new[] { "opportunity" }, catalog.Column(table, "opportunityid").Targets.ToArray());
        CollectionAssert.AreEqual(new[] { "processstage" }, catalog.Column(table, "activestageid").Targets.ToArray());
        CollectionAssert.AreEqual(new[] { "workflow" }, catalog.Column(table, "processid").Targets.ToArray());
        Assert.AreEqual(ColumnKind.Text, catalog.Column(table, "traversedpath").Kind);

        var team = new SalesTeam();
        team.Org.AddOpportunitySalesProcess();
        var deal = team.Opportunity();
        var id = Instance(team.Org, deal, Org.OpportunitySalesProcess.Qualify);
        var row = team.AsRep.Retrieve("opportunitysalesprocess", id, new ColumnSet("opportunityid", "activestageid", "businessprocessflowinstanceid"));
        Assert.AreEqual(id, row.Id);
        Assert.AreEqual(deal, row.GetAttributeValue<EntityReference>("opportunityid").Id);
        Assert.AreEqual("Qualify", row.GetAttributeValue<EntityReference>("activestageid").Name, "the stage's name, from stagename");
    }

    private static void StageTableShape()
    {
        var catalog = MetadataCatalog.CreateStandard();
        var table = catalog.Table("processstage");
        Assert.AreEqual("processstageid", table.PrimaryIdAttribute);
        Assert.AreEqual("stagename", table.PrimaryNameAttribute);
        CollectionAssert.AreEqual(
            new[] { "0 Qualify", "1 Develop", "2 Propose", "3 Close", "4 Identify", "5 Research", "6 Resolve", "7 Approval" },
            catalog.Column(table, "stagecategory").Options.Select(option => $"{option.Value} {option.Label}").ToArray());
        Assert.AreEqual(ColumnKind.Text, catalog.Column(table, "primaryentitytypecode").Kind);
        CollectionAssert.AreEqual(new[] { "workflow" }, catalog.Column(table, "processid").Targets.ToArray());
    }

    private static void InstanceStates()
    {
        var team = new SalesTeam();
        team.Org.AddOpportunitySalesProcess();
        var id = team.AsRep.Create(new Entity("opportunitysalesprocess")
        {
            ["name"] = "Opportunity Sales Process",
            ["opportunityid"] = new EntityReference("opportunity", team.Opportunity()),
            ["activestageid"] = new EntityReference("processstage", Org.OpportunitySalesProcess.Qualify),
        });
        var row = team.Org.Read("opportunitysalesprocess", id)!;
        Assert.AreEqual(0, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(1, row.GetAttributeValue<OptionSetValue>("statuscode").Value);

        team.AsRep.Execute(new SetStateRequest { EntityMoniker = new EntityReference("opportunitysalesprocess", id), State = new OptionSetValue(1), Status = new OptionSetValue(2) });
        Assert.AreEqual("Finished", team.Org.Read("opportunitysalesprocess", id)!.FormattedValues["statuscode"]);
        team.AsRep.Execute(new SetStateRequest { EntityMoniker = new EntityReference("opportunitysalesprocess", id), State = new OptionSetValue(1), Status = new OptionSetValue(3) });
        Assert.AreEqual("Aborted", team.Org.Read("opportunitysalesprocess", id)!.FormattedValues["statuscode"]);
        SalesTeam.Fault(Faults.InvalidStateCodeStatusCode, () =>
            team.AsRep.Execute(new SetStateRequest { EntityMoniker = new EntityReference("opportunitysalesprocess", id), State = new OptionSetValue(0), Status = new OptionSetValue(2) }));
    }

    private static void ActiveStageIsAProcessStage()
    {
        var team = new SalesTeam();
        team.Org.AddOpportunitySalesProcess();
        var deal = team.Opportunity();
        var id = Instance(team.Org, deal, Org.OpportunitySalesProcess.Qualify);

        team.AsRep.Update(new Entity("opportunitysalesprocess", id) { ["activestageid"] = new EntityReference("processstage", Org.OpportunitySalesProcess.Develop) });
        Assert.AreEqual(Org.OpportunitySalesProcess.Develop, team.Org.Read("opportunitysalesprocess", id)!.GetAttributeValue<EntityReference>("activestageid").Id);

        SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Update(new Entity("opportunitysalesprocess", id) { ["activestageid"] = new EntityReference("opportunity", deal) }));
        SalesTeam.Fault(Faults.ObjectDoesNotExist, () => team.AsRep.Update(new Entity("opportunitysalesprocess", id) { ["activestageid"] = new EntityReference("processstage", Guid.NewGuid()) }));
        Assert.AreEqual(Org.OpportunitySalesProcess.Develop, team.Org.Read("opportunitysalesprocess", id)!.GetAttributeValue<EntityReference>("activestageid").Id, "nothing of a refused save is kept");
    }

    private static void StageCategoryOutOfRange()
    {
        var org = Org.Create();
        org.AddOpportunitySalesProcess();
        SalesTeam.Fault(Faults.PicklistValueOutOfRange, () => org.AsSystem.Create(new Entity("processstage")
        {
            ["stagename"] = "Negotiate",
            ["stagecategory"] = new OptionSetValue(8),
            ["processid"] = new EntityReference("workflow", Org.OpportunitySalesProcess.ProcessId),
        }));
    }

    private static void OpportunitySalesProcessIds()
    {
        var org = Org.Create();
        org.AddOpportunitySalesProcess();

        var query = new QueryExpression("processstage") { ColumnSet = new ColumnSet("stagename", "stagecategory", "primaryentitytypecode") };
        query.Criteria.AddCondition("processid", ConditionOperator.Equal, Org.OpportunitySalesProcess.ProcessId);
        var stages = org.Query(query).Entities.OrderBy(stage => stage.GetAttributeValue<OptionSetValue>("stagecategory").Value).ToList(); // an order on a choice sorts by label

        Assert.AreEqual(
            "6b9ce798-221a-4260-90b2-2a95ed51a5bc 650e06b4-789b-46c1-822b-0da76bedb1ed d3ca8878-8d7b-47b9-852d-fcd838790cfd bb7e830a-61bd-441b-b1fd-6bb104ffa027",
            string.Join(" ", stages.Select(stage => stage.Id.ToString())));
        CollectionAssert.AreEqual(new[] { 0, 1, 2, 3 }, stages.Select(stage => stage.GetAttributeValue<OptionSetValue>("stagecategory").Value).ToArray());
        Assert.IsTrue(stages.All(stage => (string)stage["primaryentitytypecode"] == "opportunity"));
        var process = org.Read("workflow", Org.OpportunitySalesProcess.ProcessId)!;
        Assert.AreEqual("Business Process Flow", process.FormattedValues["category"]);
        Assert.ThrowsExactly<InvalidOperationException>(() => org.AddOpportunitySalesProcess(), "the definition is added once");
    }

    private static void MovingTheFlowNeedsThePrivilege()
    {
        var org = Org.CreateSecured();
        org.AddOpportunitySalesProcess();
        var rep = org.Security.AddUser("Riley Rep", org.BusinessUnits.Root, null, new[] { StandardRoles.Salesperson });
        var manager = org.Security.AddUser("Max Manager", org.BusinessUnits.Root, null, new[] { StandardRoles.SalesManager });
        var stranger = org.Security.AddUser("Nobody", org.BusinessUnits.Root, null, Array.Empty<string>());
        var deal = org.Seed(new Entity("opportunity") { ["name"] = "Deal", ["ownerid"] = rep.ToEntityReference() }, rep);
        var id = Instance(org, deal, Org.OpportunitySalesProcess.Qualify);

        org.ServiceFor(rep).Update(new Entity("opportunitysalesprocess", id) { ["activestageid"] = new EntityReference("processstage", Org.OpportunitySalesProcess.Develop) });
        org.ServiceFor(manager).Update(new Entity("opportunitysalesprocess", id) { ["activestageid"] = new EntityReference("processstage", Org.OpportunitySalesProcess.Propose) });
        SecurityAssert.MissingPrivilege("prvWriteOpportunitySalesProcess", () =>
            org.ServiceFor(stranger).Update(new Entity("opportunitysalesprocess", id) { ["activestageid"] = new EntityReference("processstage", Org.OpportunitySalesProcess.Close) }));

        Assert.AreEqual(Org.OpportunitySalesProcess.Propose, org.Read("opportunitysalesprocess", id)!.GetAttributeValue<EntityReference>("activestageid").Id);
        Assert.AreEqual("Develop", org.ServiceFor(rep).Retrieve("processstage", Org.OpportunitySalesProcess.Develop, new ColumnSet("stagename"))["stagename"], "the stages are readable to whoever runs the flow");
    }

    private static void InstanceGoesWithItsDeal()
    {
        var team = new SalesTeam();
        team.Org.AddOpportunitySalesProcess();
        var deal = team.Opportunity();
        var id = Instance(team.Org, deal, Org.OpportunitySalesProcess.Qualify);

        team.AsRep.Delete("opportunity", deal);

        Assert.IsNull(team.Org.Read("opportunitysalesprocess", id));
        Assert.IsNotNull(team.Org.Read("processstage", Org.OpportunitySalesProcess.Qualify), "the flow's definition stays");
    }

    private static void CustomFlowTable()
    {
        var org = Org.Create();
        org.Metadata.Add(StandardTables.BusinessProcessFlowTable("new_dealflow", "bpf_opportunityid", "opportunity").Build());
        var table = org.Metadata.Table("new_dealflow");
        Assert.AreEqual("businessprocessflowinstanceid", table.PrimaryIdAttribute);
        CollectionAssert.AreEqual(new[] { "opportunity" }, org.Metadata.Column(table, "bpf_opportunityid").Targets.ToArray());
        CollectionAssert.AreEqual(new[] { "processstage" }, org.Metadata.Column(table, "activestageid").Targets.ToArray());
        CollectionAssert.AreEqual(new[] { 1, 2, 3 }, table.Statuses.Select(status => status.Value).ToArray());
    }
}
