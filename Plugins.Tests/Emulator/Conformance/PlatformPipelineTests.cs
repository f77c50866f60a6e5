using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Tests.Emulator.TestPlugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Conformance;

/// <summary>
/// docs/PLATFORM.md, "Pipeline semantics": one row per documented rule (the lookups, types, dates and
/// opportunity rules are in <see cref="PlatformDataRulesTests"/>).
/// </summary>
[TestClass]
public sealed class PlatformPipelineTests
{
    private static readonly ConformanceTable Table = new ConformanceTable()
        .Add("Stages run 10, 20, the core operation, 40; asynchronous steps after commit", StagesRunInOrder)
        .Add("PreValidation runs outside the transaction, 20 and 40 inside it, asynchronous steps outside", TransactionFlagsPerStage)
        .Add("A synchronous exception rolls back everything the operation did, nested writes by other plug-ins included", SynchronousFailureRollsBack)
        .Add("Asynchronous steps never roll back the operation that queued them", AsynchronousFailureDoesNotRollBack)
        .Add("Update Target holds only the columns sent", UpdateTargetHoldsOnlySentColumns)
        .Add("null clears a column and retrieved rows omit null columns", NullClearsAndIsOmitted)
        .Add("An empty string is stored as null", EmptyStringIsNull)
        .Add("Changes a PreValidation or PreOperation step makes to Target are saved", PreStageTargetChangesAreSaved)
        .Add("Filtering attributes apply to Update only", FilteringAppliesToUpdateOnly)
        .Add("Filtering attributes are compared with the Target as it stands when the step runs", FilteringSeesEarlierStepChanges)
        .Add("Columns the platform adds (modifiedon, modifiedby) do not satisfy filtering attributes", PlatformColumnsDoNotSatisfyFilters)
        .Add("Steps of one stage run in rank order; ties are deterministic (name, then id)", RankOrderWithDeterministicTies)
        .Add("No pre-image on Create, no post-image on Delete, post-images only at stage 40", ImpossibleImagesAreRefused)
        .Add("Images are keyed by alias and hold only the registered columns", ImagesHoldRegisteredColumns)
        .Add("The post-image is the committed row", PostImageIsTheCommittedRow)
        .Add("Depth starts at 1 and grows by one for each nested call", DepthGrowsPerNestedCall)
        .Add("A call that would go beyond depth 8 is stopped with the infinite-loop fault", InfiniteLoopIsStopped)
        .Add("ParentContext links a nested context to its caller", ParentContextLinksToCaller)
        .Add("SharedVariables carry across the steps of one operation; PreValidation values are read through ParentContext", SharedVariablesFollowThePreValidationRule)
        .Add("Messages other than Create/Update/Delete share one SharedVariables collection across stages", OtherMessagesShareOneCollection)
        .Add("UserId is the user the step runs as; InitiatingUserId the user who started the operation", UserIdAndInitiatingUserId);

    public static IEnumerable<object[]> Rules => Table.Rows;

    [TestMethod]
    [DynamicData(nameof(Rules))]
    public void Rule_holds(string rule) => Table.Check(rule);

    private static void StagesRunInOrder()
    {
        var team = new SalesTeam();
        team.Org.Register<AccountCreateObserver>();
        team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });
        var runs = team.Org.LastOperation!.StepsRan;
        CollectionAssert.AreEqual(new[] { 10, 20, 40, 40 }, runs.Select(run => run.Stage).ToArray());
        CollectionAssert.AreEqual(new[] { false, false, false, true }, runs.Select(run => run.IsAsynchronous).ToArray());
    }

    private static void TransactionFlagsPerStage()
    {
        var team = new SalesTeam();
        team.Org.Register<AccountCreateObserver>();
        team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });
        var flags = team.Org.LastOperation!.StepsRan.Select(run => run.Context.IsInTransaction).ToArray();
        CollectionAssert.AreEqual(new[] { false, true, true, false }, flags);
    }

    private static void SynchronousFailureRollsBack()
    {
        var team = new SalesTeam();
        team.Org.Register<PrimaryContactCreator>().Register<AccountNameGuard>();
        var fault = SalesTeam.Fault(Faults.PluginExecution, () => team.AsRep.Create(new Entity("account") { ["name"] = "Will fail" }));
        StringAssert.Contains(fault.Message, "may not contain 'fail'");
        Assert.IsEmpty(team.Org.Rows("account"));
        Assert.IsEmpty(team.Org.Rows("contact"), "the contact another plug-in created is rolled back too");

        team.AsRep.Create(new Entity("account") { ["name"] = "Fine" });
        Assert.HasCount(1, team.Org.Rows("account"));
        Assert.HasCount(1, team.Org.Rows("contact"));
    }

    private static void AsynchronousFailureDoesNotRollBack()
    {
        var team = new SalesTeam();
        team.Org.Register<AsyncFailsAfterWriting>();
        var id = team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });
        Assert.IsNotNull(team.Org.Read("account", id));
        Assert.HasCount(1, team.Org.Rows("task"), "what the async step wrote before failing stays");
        Assert.HasCount(1, team.Org.AsyncFailures);
        StringAssert.Contains(team.Org.AsyncFailures[0].Fault.Message, "failed after writing");
    }

    private static void UpdateTargetHoldsOnlySentColumns()
    {
        var team = new SalesTeam();
        var id = team.Opportunity();
        team.Org.Register<OpportunityUpdateObserver>();
        team.AsRep.Update(new Entity("opportunity", id) { ["description"] = "Budget confirmed" });
        var targets = team.Org.LastOperation!.StepsRan.ToDictionary(run => run.Stage, run => run.Target!.Attributes.Keys.OrderBy(key => key).ToArray());
        CollectionAssert.AreEqual(new[] { "description" }, targets[10]);
        CollectionAssert.AreEqual(new[] { "description", "modifiedby", "modifiedon" }, targets[20]);
        CollectionAssert.AreEqual(new[] { "description", "modifiedby", "modifiedon" }, targets[40]);
    }

    private static void NullClearsAndIsOmitted()
    {
        var team = new SalesTeam();
        var id = team.Org.Seed(new Entity("opportunity") { ["name"] = "Deal", ["description"] = "to be cleared" }, team.Rep);
        team.AsRep.Update(new Entity("opportunity", id) { ["description"] = null });
        var read = team.AsRep.Retrieve("opportunity", id, new ColumnSet("name", "description"));
        Assert.IsFalse(read.Contains("description"));
        Assert.IsNull(read.GetAttributeValue<string>("description"));
        Assert.ThrowsExactly<KeyNotFoundException>(() => read["description"]);
    }

    private static void EmptyStringIsNull()
    {
        var team = new SalesTeam();
        var id = team.AsRep.Create(new Entity("account") { ["name"] = "Contoso", ["description"] = string.Empty });
        Assert.IsFalse(team.Org.Read("account", id)!.Contains("description"));
    }

    private static void PreStageTargetChangesAreSaved()
    {
        var team = new SalesTeam();
        team.Org.Register<AccountTargetEditor>().Register<AccountUpdateTargetEditor>();
        var id = team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });
        var created = team.Org.Read("account", id)!;
        Assert.AreEqual("set at stage 10", created["description"]);
        Assert.AreEqual("set at stage 20", created["accountnumber"]);

        team.AsRep.Update(new Entity("account", id) { ["name"] = "Contoso Ltd" });
        Assert.AreEqual("555-0100", team.Org.Read("account", id)!["telephone1"]);
    }

    private static void FilteringAppliesToUpdateOnly()
    {
        var team = new SalesTeam();
        team.Org.Register(HandMade("Create", "account", PipelineStage.PreOperation, filteringAttributes: new[] { "telephone1" }));
        team.AsRep.Create(new Entity("account") { ["name"] = "No telephone" });
        Assert.HasCount(1, team.Org.LastOperation!.StepsRan, "a Create step runs whatever its filtering attributes say");
    }

    private static void FilteringSeesEarlierStepChanges()
    {
        var team = new SalesTeam();
        var id = team.Contact();
        team.Org.Register<ContactDescriptionAdder>().Register<ContactDescriptionFilter>();
        team.AsRep.Update(new Entity("contact", id) { ["jobtitle"] = "Buyer" });
        CollectionAssert.AreEqual(
            new[] { typeof(ContactDescriptionAdder), typeof(ContactDescriptionFilter) },
            team.Org.LastOperation!.StepsRan.Select(run => run.PluginType).ToArray());
    }

    private static void PlatformColumnsDoNotSatisfyFilters()
    {
        var team = new SalesTeam();
        var id = team.Contact();
        team.Org.Register<ContactModifiedOnFilter>();
        team.AsRep.Update(new Entity("contact", id) { ["jobtitle"] = "Buyer" });
        Assert.IsEmpty(team.Org.LastOperation!.StepsRan);
    }

    private static void RankOrderWithDeterministicTies()
    {
        var team = new SalesTeam();
        var id = team.Contact();
        team.Org.Register<RankTwo>().Register<RankOneZulu>().Register<RankOneAlpha>();
        team.AsRep.Update(new Entity("contact", id) { ["jobtitle"] = "Buyer" });
        CollectionAssert.AreEqual(
            new[] { typeof(RankOneAlpha), typeof(RankOneZulu), typeof(RankTwo) },
            team.Org.LastOperation!.StepsRan.Select(run => run.PluginType).ToArray());
    }

    private static void ImpossibleImagesAreRefused()
    {
        var team = new SalesTeam();
        var pre = new ImageRegistration(Guid.NewGuid(), ImageKind.PreImage, "pre", new[] { "name" });
        var post = new ImageRegistration(Guid.NewGuid(), ImageKind.PostImage, "post", new[] { "name" });
        Assert.ThrowsExactly<InvalidOperationException>(() => team.Org.Register(HandMade("Create", "account", PipelineStage.PostOperation, images: new[] { pre })));
        Assert.ThrowsExactly<InvalidOperationException>(() => team.Org.Register(HandMade("Delete", "account", PipelineStage.PostOperation, images: new[] { post })));
        Assert.ThrowsExactly<InvalidOperationException>(() => team.Org.Register(HandMade("Update", "account", PipelineStage.PreOperation, new[] { "name" }, new[] { post })));
        Assert.IsEmpty(team.Org.Steps);
    }

    private static void ImagesHoldRegisteredColumns()
    {
        var team = new SalesTeam();
        var id = team.Opportunity("Old name", 5_000m);
        team.Org.Register<OpportunityImages>();
        team.AsRep.Update(new Entity("opportunity", id) { ["name"] = "New name" });
        var run = team.Org.LastOperation!.StepsRan.Single();
        var before = run.Context.PreEntityImages["before"];
        var after = run.Context.PostEntityImages["after"];
        CollectionAssert.AreEquivalent(new[] { "name", "estimatedvalue" }, before.Attributes.Keys.ToArray());
        Assert.AreEqual("Old name", before["name"]);
        Assert.AreEqual(5_000m, before.GetAttributeValue<Money>("estimatedvalue").Value);
        CollectionAssert.AreEquivalent(new[] { "name", "modifiedon" }, after.Attributes.Keys.ToArray(), "description is null, so absent");
        Assert.AreEqual("New name", after["name"]);
        Assert.AreEqual(id, before.Id);
    }

    private static void PostImageIsTheCommittedRow()
    {
        var team = new SalesTeam();
        var id = team.Opportunity("Old name");
        team.Org.Register<OpportunityDescriptionSetter>().Register<OpportunityImages>();
        team.Clock.Advance(TimeSpan.FromHours(1));
        team.AsRep.Update(new Entity("opportunity", id) { ["name"] = "New name" });
        var runs = team.Org.LastOperation!.StepsRan;
        var preOperationImage = runs[0].Context.PreEntityImages["PreImage"];
        Assert.IsFalse(preOperationImage.Contains("description"), "the pre-image is the row before the operation");
        Assert.IsTrue(preOperationImage.Contains("ownerid"), "* asks for every column");
        var after = runs[1].Context.PostEntityImages["after"];
        Assert.AreEqual("described at stage 20", after["description"], "the post-image holds what stage 20 added");
        Assert.AreEqual(team.Org.Now, after["modifiedon"]);

        team.Org.Register<AccountCreatePostImage>();
        var accountId = team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });
        var created = team.Org.LastOperation!.StepsRan.Single().Context.PostEntityImages["PostImage"];
        Assert.AreEqual(accountId, created.Id);
        foreach (var column in new[] { "accountid", "createdon", "createdby", "ownerid", "owningbusinessunit", "statecode", "statuscode", "versionnumber" })
        {
            Assert.IsTrue(created.Contains(column), column);
        }
    }

    private static void DepthGrowsPerNestedCall()
    {
        var team = new SalesTeam();
        team.Org.Register<PrimaryContactCreator>().Register<ContactCreateObserver>();
        team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });
        var runs = team.Org.LastOperation!.StepsRan;
        Assert.AreEqual(1, runs.Single(run => run.PluginType == typeof(PrimaryContactCreator)).Depth);
        Assert.AreEqual(2, runs.Single(run => run.PluginType == typeof(ContactCreateObserver)).Depth);
    }

    private static void InfiniteLoopIsStopped()
    {
        var team = new SalesTeam();
        team.Org.Register<TaskLoop>();
        var fault = SalesTeam.Fault(Faults.InfiniteLoop, () => team.AsRep.Create(new Entity("task") { ["subject"] = "start" }));
        StringAssert.Contains(fault.Message, "infinite loop");
        var runs = team.Org.LastOperation!.StepsRan;
        Assert.HasCount(8, runs);
        Assert.AreEqual(8, runs.Max(run => run.Depth));
        Assert.IsEmpty(team.Org.Rows("task"), "the whole chain rolls back");
    }

    private static void ParentContextLinksToCaller()
    {
        var team = new SalesTeam();
        team.Org.Register<PrimaryContactCreator>().Register<ContactCreateObserver>();
        team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });
        var runs = team.Org.LastOperation!.StepsRan;
        var creator = runs.Single(run => run.PluginType == typeof(PrimaryContactCreator)).Context;
        var nested = runs.Single(run => run.PluginType == typeof(ContactCreateObserver)).Context;
        var preValidation = nested.ParentContext!;
        Assert.AreEqual(10, preValidation.Stage, "for Create, stage 20 hangs under the PreValidation context");
        Assert.AreEqual("contact", preValidation.PrimaryEntityName);
        Assert.AreSame(creator, preValidation.ParentContext, "which hangs under the calling plug-in's context");
        Assert.IsNull(creator.ParentContext!.ParentContext, "a request from outside has no caller context");
    }

    private static void SharedVariablesFollowThePreValidationRule()
    {
        var team = new SalesTeam();
        team.Org.Register<ContactSharedVariables>();
        team.AsRep.Create(new Entity("contact") { ["lastname"] = "Adams" });
        var trace = team.Org.LastOperation!.Trace;
        CollectionAssert.AreEqual(
            new[]
            {
                "own: stage10", "parent: (no parent)",
                "own: stage20", "parent: stage10",
                "own: stage20,stage40", "parent: stage10",
            },
            trace.ToArray());
    }

    private static void OtherMessagesShareOneCollection()
    {
        var team = new SalesTeam();
        var id = team.Contact();
        team.Org.Register<ContactAssignSharedVariables>();
        team.AsRep.Execute(new Microsoft.Crm.Sdk.Messages.AssignRequest { Target = new EntityReference("contact", id), Assignee = team.Peer });
        CollectionAssert.AreEqual(new[] { "own: stage10", "own: stage10,stage40" }, team.Org.LastOperation!.Trace.ToArray());
    }

    private static void UserIdAndInitiatingUserId()
    {
        var team = new SalesTeam();
        var id = team.Opportunity();
        team.Org.Register<FollowUpTaskAsSystem>().Register<TaskCreateObserver>();
        team.AsRep.Update(new Entity("opportunity", id) { ["description"] = "Call next week" });
        var runs = team.Org.LastOperation!.StepsRan;
        var trigger = runs.Single(run => run.PluginType == typeof(FollowUpTaskAsSystem));
        var nested = runs.Single(run => run.PluginType == typeof(TaskCreateObserver));
        Assert.AreEqual(team.Rep.Id, trigger.UserId);
        Assert.AreEqual(team.Rep.Id, trigger.InitiatingUserId);
        Assert.AreEqual(team.Org.SystemUser.Id, nested.UserId, "CreateOrganizationService(null) runs as SYSTEM");
        Assert.AreEqual(team.Rep.Id, nested.InitiatingUserId, "the rep started the operation");
        var task = team.Org.Rows("task").Single();
        Assert.AreEqual(team.Org.SystemUser.Id, task.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.AreEqual(team.Org.SystemUser.Id, task.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    internal static StepRegistration HandMade(
        string message,
        string table,
        PipelineStage stage,
        IReadOnlyList<string>? filteringAttributes = null,
        IReadOnlyList<ImageRegistration>? images = null,
        ExecutionMode mode = ExecutionMode.Synchronous) =>
        new(
            Guid.NewGuid(),
            $"HandMade: {message} of {table} at {stage}",
            typeof(AccountCreateObserver),
            message,
            table,
            stage,
            mode,
            1,
            filteringAttributes ?? Array.Empty<string>(),
            null,
            images ?? Array.Empty<ImageRegistration>());
}
