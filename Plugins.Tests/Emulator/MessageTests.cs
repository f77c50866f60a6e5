using System;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Plugins.Tests.Emulator.TestPlugins;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator;

/// <summary>What each message does to the org beyond the pipeline rules.</summary>
[TestClass]
public sealed class MessageTests
{
    [TestMethod]
    public void Create_keeps_a_given_id()
    {
        var team = new SalesTeam();
        var id = Guid.NewGuid();
        Assert.AreEqual(id, team.AsRep.Create(new Entity("account", id) { ["name"] = "Contoso" }));
        Assert.AreEqual(id, team.Org.Read("account", id)!["accountid"]);
        SalesTeam.Fault(Faults.DuplicateRecord, () => team.AsRep.Create(new Entity("account", id) { ["name"] = "Again" }));
    }

    [TestMethod]
    public void Upsert_by_alternate_key_creates_then_updates()
    {
        var team = new SalesTeam();
        team.Org.Metadata.Add(TableBuilder.Define("cri_policy", primaryName: "cri_name").Text("cri_key", 50).WholeNumber("cri_value").AlternateKey("cri_key", "cri_key").Build());
        var first = (UpsertResponse)team.AsRep.Execute(new UpsertRequest { Target = new Entity("cri_policy", "cri_key", "delay") { ["cri_value"] = 60 } });
        Assert.IsTrue(first.RecordCreated);
        var row = team.Org.Read("cri_policy", first.Target.Id)!;
        Assert.AreEqual("delay", row["cri_key"], "the key value is stored as a column");

        var second = (UpsertResponse)team.AsRep.Execute(new UpsertRequest { Target = new Entity("cri_policy", "cri_key", "DELAY") { ["cri_value"] = 90 } });
        Assert.IsFalse(second.RecordCreated);
        Assert.AreEqual(first.Target.Id, second.Target.Id);
        Assert.AreEqual(90, team.Org.Read("cri_policy", first.Target.Id)!["cri_value"]);
        Assert.HasCount(1, team.Org.Rows("cri_policy"));

        team.AsRep.Update(new Entity("cri_policy", "cri_key", "delay") { ["cri_value"] = 30 });
        Assert.AreEqual(30, team.Org.Read("cri_policy", first.Target.Id)!["cri_value"], "Update finds the row by key too");
    }

    [TestMethod]
    public void Upsert_runs_its_own_steps_and_the_Create_or_Update_ones()
    {
        var team = new SalesTeam();
        team.Org.Register<AccountUpsertObserver>();
        var id = Guid.NewGuid();
        team.AsRep.Execute(new UpsertRequest { Target = new Entity("account", id) { ["name"] = "Contoso" } });
        CollectionAssert.AreEqual(new[] { "Upsert", "Create" }, team.Org.LastOperation!.StepsRan.Select(run => run.Message).ToArray());
        team.AsRep.Execute(new UpsertRequest { Target = new Entity("account", id) { ["name"] = "Contoso Ltd" } });
        CollectionAssert.AreEqual(new[] { "Upsert", "Update" }, team.Org.LastOperation!.StepsRan.Select(run => run.Message).ToArray());
        Assert.AreEqual("Contoso Ltd", team.Org.Read("account", id)!["name"]);
    }

    [TestMethod]
    public void Associate_many_to_many_adds_intersect_rows_and_disassociate_removes_them()
    {
        var team = new SalesTeam();
        team.Org.Register<AssociationObserver>();
        var east = team.Org.Teams.Add("East");
        team.AsManager.Associate("team", east.Id, new Relationship("teammembership_association"), new EntityReferenceCollection { team.Rep, team.Peer });
        CollectionAssert.AreEquivalent(new[] { team.Rep.Id, team.Peer.Id }, team.Org.Teams.MembersOf(east).ToArray());
        Assert.AreEqual("Associate", team.Org.LastOperation!.StepsRan.Single().Message);

        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("fullname") };
        query.AddLink("teammembership", "systemuserid", "systemuserid").LinkCriteria.AddCondition("teamid", ConditionOperator.Equal, east.Id);
        Assert.HasCount(2, team.AsManager.RetrieveMultiple(query).Entities);

        team.AsManager.Disassociate("systemuser", team.Peer.Id, new Relationship("teammembership_association"), new EntityReferenceCollection { east });
        CollectionAssert.AreEqual(new[] { team.Rep.Id }, team.Org.Teams.MembersOf(east).ToArray());
    }

    [TestMethod]
    public void Associate_one_to_many_sets_the_lookup_through_Update()
    {
        var team = new SalesTeam();
        var account = team.Account();
        var contact = team.Contact();
        team.Org.Register(Conformance.PlatformPipelineTests.HandMade("Update", "contact", Plugins.Registration.PipelineStage.PreOperation, new[] { "parentcustomerid" }));
        team.AsRep.Associate("account", account, new Relationship("contact_customer_accounts"), new EntityReferenceCollection { new EntityReference("contact", contact) });
        Assert.AreEqual(account, team.Org.Read("contact", contact)!.GetAttributeValue<EntityReference>("parentcustomerid").Id);
        Assert.AreEqual("Update", team.Org.LastOperation!.StepsRan.Single().Message);

        team.AsRep.Disassociate("account", account, new Relationship("contact_customer_accounts"), new EntityReferenceCollection { new EntityReference("contact", contact) });
        Assert.IsFalse(team.Org.Read("contact", contact)!.Contains("parentcustomerid"));
    }

    [TestMethod]
    public void Delete_cascades_unlinks_and_runs_the_children_pipelines()
    {
        var team = new SalesTeam();
        var account = team.Account();
        var contact = team.Contact(account: account);
        var opportunity = team.Org.Seed(new Entity("opportunity") { ["name"] = "Deal", ["parentaccountid"] = new EntityReference("account", account) }, team.Rep);
        var task = team.Org.Seed(new Entity("task") { ["subject"] = "Call", ["regardingobjectid"] = new EntityReference("account", account) }, team.Rep);
        team.Org.Register<ContactDeleteObserver>();

        team.AsRep.Delete("account", account);
        Assert.IsNull(team.Org.Read("contact", contact), "parentcustomerid cascades");
        Assert.IsNull(team.Org.Read("task", task), "regarding cascades");
        Assert.IsNull(team.Org.Read("activitypointer", task));
        Assert.IsFalse(team.Org.Read("opportunity", opportunity)!.Contains("parentaccountid"), "parentaccountid is unlinked");
        Assert.AreEqual("Delete", team.Org.LastOperation!.StepsRan.Single().Message);
    }

    [TestMethod]
    public void Delete_of_a_team_that_owns_rows_is_restricted()
    {
        var team = new SalesTeam();
        var east = team.Org.Teams.Add("East");
        var id = team.Opportunity();
        team.AsRep.Execute(new AssignRequest { Target = new EntityReference("opportunity", id), Assignee = east });
        var fault = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsManager.Delete("team", east.Id));
        StringAssert.Contains(fault.Message, "restrict");
        Assert.AreEqual(east.Id, team.Org.Read("opportunity", id)!.GetAttributeValue<EntityReference>("owningteam").Id);
    }

    [TestMethod]
    [DataRow(false, true, 2, 1)]
    [DataRow(true, true, 3, 2)]
    [DataRow(true, false, 1, 2)]
    public void ExecuteMultiple_runs_each_request_on_its_own(bool continueOnError, bool returnResponses, int expectedItems, int expectedAccounts)
    {
        var team = new SalesTeam();
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = continueOnError, ReturnResponses = returnResponses },
            Requests = new OrganizationRequestCollection
            {
                new CreateRequest { Target = new Entity("account") { ["name"] = "First" } },
                new CreateRequest { Target = new Entity("account") { ["name"] = "Bad", ["salesstage"] = new OptionSetValue(1) } },
                new CreateRequest { Target = new Entity("account") { ["name"] = "Third" } },
            },
        };
        var response = (ExecuteMultipleResponse)team.AsRep.Execute(request);
        Assert.IsTrue(response.IsFaulted);
        Assert.HasCount(expectedItems, response.Responses);
        var fault = response.Responses.Single(item => item.Fault != null);
        Assert.AreEqual(1, fault.RequestIndex);
        Assert.AreEqual(Faults.QueryBuilderNoAttribute, fault.Fault.ErrorCode);
        Assert.HasCount(expectedAccounts, team.Org.Rows("account"), "the first Create is kept: every request has its own transaction");
    }

    [TestMethod]
    public void WhoAmI_names_the_caller_business_unit_and_org()
    {
        var team = new SalesTeam();
        var response = (WhoAmIResponse)team.AsRep.Execute(new WhoAmIRequest());
        Assert.AreEqual(team.Rep.Id, response.UserId);
        Assert.AreEqual(team.Org.BusinessUnits.Root.Id, response.BusinessUnitId);
        Assert.AreEqual(team.Org.OrganizationId, response.OrganizationId);
    }

    [TestMethod]
    public void A_custom_API_runs_its_plugin_as_the_core_operation()
    {
        var team = new SalesTeam();
        team.Org.Register<EchoApi>().Register<EchoPreOperation>();
        var request = new OrganizationRequest("cri_Echo");
        request["Text"] = "hello";
        var response = team.AsRep.Execute(request);
        Assert.AreEqual("cri_Echo", response.ResponseName);
        Assert.AreEqual("HELLO", response["Echo"], "the PreOperation step changed the input");
        Assert.AreEqual(5, response["Length"]);
        CollectionAssert.AreEqual(new[] { 20, 30 }, team.Org.LastOperation!.StepsRan.Select(run => run.Stage).ToArray());
        Assert.AreEqual("hello", request["Text"], "the caller's request is not changed");
    }

    [TestMethod]
    public void A_bound_custom_API_takes_its_row_as_Target()
    {
        var team = new SalesTeam();
        var id = team.Opportunity();
        team.Org.Register<DescribeOpportunityApi>();
        var request = new OrganizationRequest("cri_Describe");
        request["Target"] = new EntityReference("opportunity", id);
        Assert.AreEqual("opportunity:" + id, team.AsRep.Execute(request)["Table"]);
        request["Target"] = new EntityReference("opportunity", Guid.NewGuid());
        SalesTeam.Fault(Faults.ObjectDoesNotExist, () => team.AsRep.Execute(request));
    }

    [TestMethod]
    public void A_message_the_emulator_does_not_model_can_be_registered_in_one_line()
    {
        var team = new SalesTeam();
        team.Org.Messages.Register("RetrieveVersion", _ => new OrganizationResponse { Results = { ["Version"] = "9.2.0.0" } });
        Assert.AreEqual("9.2.0.0", team.AsRep.Execute(new OrganizationRequest("RetrieveVersion"))["Version"]);
    }

    [TestMethod]
    public void Activities_are_mirrored_in_activitypointer()
    {
        var team = new SalesTeam();
        var opportunity = team.Opportunity();
        var task = team.AsRep.Create(new Entity("task") { ["subject"] = "Call", ["regardingobjectid"] = new EntityReference("opportunity", opportunity) });
        var pointer = team.Org.Read("activitypointer", task)!;
        Assert.AreEqual("task", pointer["activitytypecode"]);
        Assert.AreEqual(opportunity, pointer.GetAttributeValue<EntityReference>("regardingobjectid").Id);

        team.AsRep.Update(new Entity("task", task) { ["subject"] = "Call back" });
        Assert.AreEqual("Call back", team.Org.Read("activitypointer", task)!["subject"]);

        var query = new QueryExpression("activitypointer") { ColumnSet = new ColumnSet("subject") };
        query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, opportunity);
        Assert.HasCount(1, team.AsRep.RetrieveMultiple(query).Entities);
        SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(new Entity("activitypointer") { ["subject"] = "direct" }));

        team.AsRep.Delete("task", task);
        Assert.IsNull(team.Org.Read("activitypointer", task));
    }

    [TestMethod]
    public void Retrieve_and_RetrieveMultiple_run_their_steps_and_FetchXml_works()
    {
        var team = new SalesTeam();
        var id = team.Account("Contoso");
        team.Org.Register<AccountReadObserver>();
        team.AsRep.Retrieve("account", id, new ColumnSet("name"));
        Assert.AreEqual("Retrieve", team.Org.LastOperation!.StepsRan.Single().Message);
        var rows = team.AsRep.RetrieveMultiple(new FetchExpression("<fetch><entity name='account'><attribute name='name'/><filter><condition attribute='name' operator='eq' value='contoso'/></filter></entity></fetch>"));
        Assert.AreEqual("Contoso", rows.Entities.Single()["name"]);
        Assert.AreEqual("RetrieveMultiple", team.Org.LastOperation!.StepsRan.Single().Message);
    }

    [TestMethod]
    [DataRow(true, -1, 1, 3)]
    [DataRow(false, -1, 2, 4)]
    public void Close_with_status_minus_one_takes_the_default_status(bool win, int status, int expectedState, int expectedStatus)
    {
        var team = new SalesTeam();
        var id = team.Opportunity();
        var close = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) };
        team.AsRep.Execute(win
            ? new WinOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(status) }
            : new LoseOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(status) });
        var row = team.Org.Read("opportunity", id)!;
        Assert.AreEqual(expectedState, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(expectedStatus, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [TestMethod]
    [DataRow(true, true)]
    [DataRow(false, false)]
    public void Win_runs_the_Update_pipeline_only_when_configured(bool runsUpdate, bool expectUpdateSteps)
    {
        var team = new SalesTeam(options => options.CloseOpportunityRunsUpdatePipeline = runsUpdate);
        var id = team.Opportunity();
        team.Org.Register<OpportunityUpdateObserver>();
        team.AsManager.Execute(new WinOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            Status = new OptionSetValue(3),
        });
        Assert.AreEqual(expectUpdateSteps, team.Org.LastOperation!.StepsRan.Any(run => run.Message == "Update"));
        Assert.AreEqual(1, team.Org.Read("opportunity", id)!.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(team.Manager.Id, team.Org.Rows("opportunityclose").Single().GetAttributeValue<EntityReference>("createdby").Id);
    }
}
