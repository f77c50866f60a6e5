using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Tests.Emulator.TestPlugins;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Conformance;

/// <summary>
/// docs/PLATFORM.md, "What an emulator must get right": one row per rule, numbered as there. The rules of
/// its "Pipeline semantics" are checked by <see cref="PlatformPipelineTests"/>; the rows here cover what the
/// list adds.
/// </summary>
[TestClass]
public sealed class AnchorBehaviourTests
{
    private static readonly ConformanceTable Table = new ConformanceTable()
        .Add("1. The Target indexer throws for a column not sent; GetAttributeValue returns default", IndexerThrowsForAbsentColumn)
        .Add("1. A caller's Entity is never changed by the pipeline (every hop is a copy)", CallerEntityIsNotChanged)
        .Add("2. A filtered Update step does not run when none of its columns is sent", FilteredStepSkipsOtherColumns)
        .Add("3. Images exist only on the messages that support them", ImagesOnlyOnSupportingMessages)
        .Add("3. A pre-image on Delete holds the deleted row", DeletePreImage)
        .Add("4. PreValidation of a request issued inside a transaction runs inside it", NestedPreValidationIsInTransaction)
        .Add("4. ExecuteTransaction is all-or-nothing and reports the failing request", ExecuteTransactionIsAllOrNothing)
        .Add("4. Asynchronous steps wait for the commit and see the committed row", AsyncStepsSeeCommittedRow)
        .Add("5. The optional tag parameter appears as SharedVariables[\"tag\"]", TagParameterIsShared)
        .Add("6. Money is rounded to its precision; a choice value must be one of its options", MoneyRoundedAndOptionsChecked)
        .Add("7. Formatted values for choices, state, status, yes/no, money and lookups", FormattedValues)
        .Add("7. Queries order choices by label and lookups by name", QueriesOrderByLabelAndName)
        .Add("8. Create defaults the first state and its default status", CreateDefaultsState)
        .Add("8. statecode alone gets its default status; statuscode alone brings its state", StateAndStatusComplete)
        .Add("9. PrimaryEntityId is known in every stage of Create", PrimaryEntityIdInEveryStage)
        .Add("9. PreValidation Target of Create shows only yes/no defaults; PreOperation shows the system columns", CreateTargetPerStage)
        .Add("9. The owner defaults to the calling user, created/modifiedonbehalfby record an impersonating caller", OwnerAndOnBehalfOf)
        .Add("9. overriddencreatedon sets createdon and may not be in the future", OverriddenCreatedOn)
        .Add("10. A paging loop through the service reads every row once", PagingLoopThroughService)
        .Add("10. Hierarchy and user operators follow parentsystemuserid and the caller", HierarchyOperatorsThroughService);

    public static IEnumerable<object[]> Rules => Table.Rows;

    [TestMethod]
    [DynamicData(nameof(Rules))]
    public void Behaviour_holds(string rule) => Table.Check(rule);

    private static void IndexerThrowsForAbsentColumn()
    {
        var team = new SalesTeam();
        var id = team.Contact();
        team.Org.Register<StrictTargetReader>();
        var fault = SalesTeam.Fault(Faults.PluginExecution, () => team.AsRep.Update(new Entity("contact", id) { ["jobtitle"] = "Buyer" }));
        StringAssert.Contains(fault.Message, "System.Collections.Generic.KeyNotFoundException");
        CollectionAssert.AreEqual(new[] { "jobtitle=Buyer", "lastname via GetAttributeValue=(default)" }, team.Org.LastOperation!.Trace.ToArray());
    }

    private static void CallerEntityIsNotChanged()
    {
        var team = new SalesTeam();
        team.Org.Register<AccountTargetEditor>();
        var account = new Entity("account") { ["name"] = "Contoso" };
        var id = team.AsRep.Create(account);
        Assert.AreEqual(Guid.Empty, account.Id, "Create returns the id; it does not set it on the caller's object");
        CollectionAssert.AreEqual(new[] { "name" }, account.Attributes.Keys.ToArray());
        var read = team.AsRep.Retrieve("account", id, new ColumnSet("name"));
        read["name"] = "changed locally";
        Assert.AreEqual("Contoso", team.Org.Read("account", id)!["name"]);
    }

    private static void FilteredStepSkipsOtherColumns()
    {
        var team = new SalesTeam();
        var id = team.Opportunity();
        team.Org.Register<OpportunityImages>();
        team.AsRep.Update(new Entity("opportunity", id) { ["closeprobability"] = 40 });
        Assert.IsEmpty(team.Org.LastOperation!.StepsRan);
    }

    private static void ImagesOnlyOnSupportingMessages()
    {
        var team = new SalesTeam();
        var image = new ImageRegistration(Guid.NewGuid(), ImageKind.PreImage, "pre", Array.Empty<string>());
        Assert.ThrowsExactly<InvalidOperationException>(() => team.Org.Register(PlatformPipelineTests.HandMade("Win", "opportunity", PipelineStage.PreOperation, images: new[] { image })));
        team.Org.Register(PlatformPipelineTests.HandMade("Assign", "opportunity", PipelineStage.PreOperation, images: new[] { image }));
        team.Org.Register(PlatformPipelineTests.HandMade("SetState", "opportunity", PipelineStage.PreOperation, images: new[] { image }));
        Assert.HasCount(2, team.Org.Steps);
    }

    private static void DeletePreImage()
    {
        var team = new SalesTeam();
        var id = team.Contact("Adams");
        var image = new ImageRegistration(Guid.NewGuid(), ImageKind.PreImage, "gone", new[] { "lastname" });
        team.Org.Register(PlatformPipelineTests.HandMade("Delete", "contact", PipelineStage.PostOperation, images: new[] { image }));
        team.AsRep.Delete("contact", id);
        Assert.AreEqual("Adams", team.Org.LastOperation!.StepsRan.Single().Context.PreEntityImages["gone"]["lastname"]);
    }

    private static void NestedPreValidationIsInTransaction()
    {
        var team = new SalesTeam();
        team.Org.Register<PrimaryContactCreator>();
        team.Org.Register(PlatformPipelineTests.HandMade("Create", "contact", PipelineStage.PreValidation));
        team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });
        var nested = team.Org.LastOperation!.StepsRan.Single(run => run.Table == "contact");
        Assert.AreEqual(10, nested.Stage);
        Assert.IsTrue(nested.Context.IsInTransaction, "issued by a stage-40 plug-in, so inside the transaction");
    }

    private static void ExecuteTransactionIsAllOrNothing()
    {
        var team = new SalesTeam();
        var requests = new OrganizationRequestCollection
        {
            new CreateRequest { Target = new Entity("account") { ["name"] = "First" } },
            new CreateRequest { Target = new Entity("account") { ["name"] = "Second", ["nosuchcolumn"] = 1 } },
            new CreateRequest { Target = new Entity("account") { ["name"] = "Third" } },
        };
        var fault = Assert.ThrowsExactly<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => team.AsRep.Execute(new ExecuteTransactionRequest { Requests = requests }));
        Assert.IsInstanceOfType<ExecuteTransactionFault>(fault.Detail);
        Assert.AreEqual(1, ((ExecuteTransactionFault)fault.Detail).FaultedRequestIndex);
        Assert.IsEmpty(team.Org.Rows("account"), "the first Create is undone");

        requests.RemoveAt(1);
        var response = (ExecuteTransactionResponse)team.AsRep.Execute(new ExecuteTransactionRequest { Requests = requests, ReturnResponses = true });
        Assert.HasCount(2, response.Responses);
        Assert.HasCount(2, team.Org.Rows("account"));
    }

    private static void AsyncStepsSeeCommittedRow()
    {
        var team = new SalesTeam(options => options.AsyncMode = AsyncMode.Manual);
        team.Org.Register<AsyncReadsCommittedRow>();
        team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });
        Assert.AreEqual(1, team.Org.PendingAsyncSteps);
        Assert.IsEmpty(team.Org.LastOperation!.StepsRan, "nothing asynchronous ran inside the request");
        var record = team.Org.RunAsyncSteps();
        Assert.AreEqual(0, team.Org.PendingAsyncSteps);
        var run = record.StepsRan.Single();
        Assert.AreEqual("read Contoso; in transaction False", run.Trace.Single());
        Assert.AreEqual("Contoso", run.Context.PostEntityImages["PostImage"]["name"]);
    }

    private static void TagParameterIsShared()
    {
        var team = new SalesTeam();
        team.Org.Register<ContactSharedVariables>();
        var request = new CreateRequest { Target = new Entity("contact") { ["lastname"] = "Adams" } };
        request.Parameters["tag"] = "import";
        team.AsRep.Execute(request);
        Assert.AreEqual("own: stage10,tag", team.Org.LastOperation!.Trace[0]);
        Assert.AreEqual("import", team.Org.LastOperation.StepsRan[1].Context.SharedVariables["tag"]);
    }

    private static void MoneyRoundedAndOptionsChecked()
    {
        var team = new SalesTeam();
        var id = team.AsRep.Create(new Entity("opportunity") { ["name"] = "Deal", ["estimatedvalue"] = new Money(10.555m), ["discountpercentage"] = 12.345m });
        var read = team.Org.Read("opportunity", id)!;
        Assert.AreEqual(10.56m, read.GetAttributeValue<Money>("estimatedvalue").Value);
        Assert.AreEqual(12.35m, read["discountpercentage"]);
        SalesTeam.Fault(Faults.PicklistValueOutOfRange, () => team.AsRep.Update(new Entity("opportunity", id) { ["salesstage"] = new OptionSetValue(9) }));
    }

    private static void FormattedValues()
    {
        var team = new SalesTeam();
        var account = team.Account("Contoso");
        var id = team.AsRep.Create(new Entity("opportunity")
        {
            ["name"] = "Deal",
            ["salesstage"] = new OptionSetValue(2),
            ["estimatedvalue"] = new Money(12_345.5m),
            ["parentaccountid"] = new EntityReference("account", account),
        });
        var read = team.AsRep.Retrieve("opportunity", id, new ColumnSet("salesstage", "statecode", "statuscode", "estimatedvalue", "parentaccountid"));
        Assert.AreEqual("Propose", read.FormattedValues["salesstage"]);
        Assert.AreEqual("Open", read.FormattedValues["statecode"]);
        Assert.AreEqual("In Progress", read.FormattedValues["statuscode"]);
        Assert.AreEqual("$12,345.50", read.FormattedValues["estimatedvalue"]);
        Assert.AreEqual("Contoso", read.FormattedValues["parentaccountid"]);
        var email = team.AsRep.Create(new Entity("email") { ["subject"] = "Hello" });
        Assert.AreEqual("Outgoing", team.AsRep.Retrieve("email", email, new ColumnSet("directioncode")).FormattedValues["directioncode"]);
    }

    private static void QueriesOrderByLabelAndName()
    {
        var team = new SalesTeam();
        var zeta = team.Account("Zeta");
        var alpha = team.Account("Alpha");
        foreach (var (name, stage, account) in new[] { ("A", 0, zeta), ("B", 1, alpha), ("C", 2, zeta), ("D", 3, alpha) })
        {
            team.Org.Seed(new Entity("opportunity") { ["name"] = name, ["salesstage"] = new OptionSetValue(stage), ["parentaccountid"] = new EntityReference("account", account) }, team.Rep);
        }

        var byStage = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        byStage.AddOrder("salesstage", OrderType.Ascending);
        CollectionAssert.AreEqual(new[] { "D", "B", "C", "A" }, team.AsRep.RetrieveMultiple(byStage).Entities.Select(row => row["name"]).ToArray(), "Close, Develop, Propose, Qualify");

        var byAccount = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        byAccount.AddOrder("parentaccountid", OrderType.Ascending);
        byAccount.AddOrder("name", OrderType.Ascending);
        CollectionAssert.AreEqual(new[] { "B", "D", "A", "C" }, team.AsRep.RetrieveMultiple(byAccount).Entities.Select(row => row["name"]).ToArray(), "Alpha before Zeta");
    }

    private static void CreateDefaultsState()
    {
        var team = new SalesTeam();
        var opportunity = team.Org.Read("opportunity", team.AsRep.Create(new Entity("opportunity") { ["name"] = "Deal" }))!;
        Assert.AreEqual(0, opportunity.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(1, opportunity.GetAttributeValue<OptionSetValue>("statuscode").Value);
        var task = team.Org.Read("task", team.AsRep.Create(new Entity("task") { ["subject"] = "Call" }))!;
        Assert.AreEqual("Not Started", task.FormattedValues["statuscode"]);
    }

    private static void StateAndStatusComplete()
    {
        var team = new SalesTeam();
        var account = team.Account();
        team.AsRep.Update(new Entity("account", account) { ["statecode"] = new OptionSetValue(1) });
        Assert.AreEqual(2, team.Org.Read("account", account)!.GetAttributeValue<OptionSetValue>("statuscode").Value, "Inactive's default status");

        var task = team.AsRep.Create(new Entity("task") { ["subject"] = "Call" });
        team.AsRep.Update(new Entity("task", task) { ["statuscode"] = new OptionSetValue(5) });
        var read = team.Org.Read("task", task)!;
        Assert.AreEqual(1, read.GetAttributeValue<OptionSetValue>("statecode").Value, "Completed (5) belongs to state Completed (1)");
        Assert.AreEqual(1, team.Org.Read("activitypointer", task)!.GetAttributeValue<OptionSetValue>("statecode").Value, "activitypointer follows");
    }

    private static void PrimaryEntityIdInEveryStage()
    {
        var team = new SalesTeam();
        team.Org.Register<OpportunityCreateObserver>();
        var id = team.AsRep.Create(new Entity("opportunity") { ["name"] = "Deal" });
        var runs = team.Org.LastOperation!.StepsRan;
        CollectionAssert.AreEqual(new[] { id, id, id }, runs.Select(run => run.Context.PrimaryEntityId).ToArray());
        Assert.AreEqual(id, runs[2].Context.OutputParameters["id"]);
        Assert.AreEqual(id, runs[2].Target!.Id);
    }

    private static void CreateTargetPerStage()
    {
        var team = new SalesTeam();
        team.Org.Register(PlatformPipelineTests.HandMade("Create", "email", PipelineStage.PreValidation));
        team.Org.Register(PlatformPipelineTests.HandMade("Create", "email", PipelineStage.PreOperation));
        team.AsRep.Create(new Entity("email") { ["subject"] = "Hello" });
        var runs = team.Org.LastOperation!.StepsRan;
        CollectionAssert.AreEquivalent(new[] { "subject", "directioncode", "isregularactivity" }, runs[0].Target!.Attributes.Keys.ToArray());
        var preOperation = runs[1].Target!;
        foreach (var column in new[] { "activityid", "createdon", "createdby", "modifiedon", "modifiedby", "ownerid", "owningbusinessunit", "owninguser", "statecode", "statuscode" })
        {
            Assert.IsTrue(preOperation.Contains(column), column);
        }

        Assert.AreEqual(team.Rep.Id, preOperation.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    private static void OwnerAndOnBehalfOf()
    {
        var team = new SalesTeam();
        var own = team.Org.Read("account", team.AsRep.Create(new Entity("account") { ["name"] = "Mine" }))!;
        Assert.AreEqual(team.Rep.Id, own.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.AreEqual(team.Org.BusinessUnits.Root.Id, own.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
        Assert.IsFalse(own.Contains("createdonbehalfby"));

        var impersonated = team.Org.Read("account", team.Org.Service(impersonating: team.Rep, realCaller: team.Manager).Create(new Entity("account") { ["name"] = "On behalf" }))!;
        Assert.AreEqual(team.Rep.Id, impersonated.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.AreEqual(team.Manager.Id, impersonated.GetAttributeValue<EntityReference>("createdonbehalfby").Id);
        Assert.AreEqual(team.Rep.Id, impersonated.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    private static void OverriddenCreatedOn()
    {
        var team = new SalesTeam();
        var past = team.Org.Now.AddDays(-30);
        var id = team.AsRep.Create(new Entity("account") { ["name"] = "Migrated", ["overriddencreatedon"] = past });
        Assert.AreEqual(past, team.Org.Read("account", id)!["createdon"]);
        SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(new Entity("account") { ["name"] = "Future", ["overriddencreatedon"] = team.Org.Now.AddDays(1) }));
    }

    private static void PagingLoopThroughService()
    {
        var team = new SalesTeam();
        for (var index = 0; index < 7; index++)
        {
            team.Account("Account " + index);
        }

        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 3, PageNumber = 1 } };
        query.AddOrder("name", OrderType.Ascending);
        var names = new List<string>();
        while (true)
        {
            var page = team.AsRep.RetrieveMultiple(query);
            names.AddRange(page.Entities.Select(row => (string)row["name"]));
            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        CollectionAssert.AreEqual(Enumerable.Range(0, 7).Select(index => "Account " + index).ToArray(), names.ToArray());
    }

    private static void HierarchyOperatorsThroughService()
    {
        var team = new SalesTeam();
        var under = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("fullname") };
        under.Criteria.AddCondition("systemuserid", ConditionOperator.Under, team.Director.Id);
        under.AddOrder("fullname", OrderType.Ascending);
        CollectionAssert.AreEqual(new[] { "Max Manager", "Riley Rep", "Sam Peer" }, team.AsRep.RetrieveMultiple(under).Entities.Select(row => row["fullname"]).ToArray());

        team.Opportunity("Rep's deal");
        team.Opportunity("Peer's deal", owner: team.Peer);
        var mine = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        mine.Criteria.AddCondition("ownerid", ConditionOperator.EqualUserId);
        CollectionAssert.AreEqual(new[] { "Peer's deal" }, team.Org.ServiceFor(team.Peer).RetrieveMultiple(mine).Entities.Select(row => row["name"]).ToArray());
    }
}
