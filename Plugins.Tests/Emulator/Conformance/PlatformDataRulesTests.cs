using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Plugins.Tests.Emulator.TestPlugins;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Conformance;

/// <summary>
/// docs/PLATFORM.md, "Data rules": lookups, types, dates, opportunities, SetState/Assign,
/// and how plug-ins are instantiated and how their failures surface.
/// </summary>
[TestClass]
public sealed class PlatformDataRulesTests
{
    private static readonly ConformanceTable Table = new ConformanceTable()
        .Add("A retrieved EntityReference carries Name from the related record's primary name", LookupNameComesFromRelatedRow)
        .Add("Money and OptionSetValue are their own types: an int where a choice belongs is a fault", WrongTypesAreFaults)
        .Add("Dates are stored in UTC without milliseconds", DatesAreUtcWithoutMilliseconds)
        .Add("Win sets state Won (1) and creates a closed opportunityclose; message name Win", WinClosesAsWon)
        .Add("Lose sets state Lost (2) with the given status and creates a closed opportunityclose", LoseClosesAsLost)
        .Add("A plain Update or SetState cannot set an opportunity to Won or Lost", PlainUpdateCannotClose)
        .Add("SetState and Assign run Update plug-ins too", SetStateAndAssignRunUpdatePlugins)
        .Add("The unsecure configuration is passed to the plug-in's constructor", ConfigurationReachesConstructor)
        .Add("Plug-in instances are cached per step and reused", InstancesAreReused)
        .Add("InvalidPluginExecutionException surfaces to the caller with the plug-in's message", PluginMessageSurfaces)
        .Add("Other plug-in exceptions are wrapped with context", UnexpectedExceptionsAreWrapped)
        .Add("A plug-in that swallows a failed call inside the transaction fails the operation", SwallowedFailureInsideTransaction);

    public static IEnumerable<object[]> Rules => Table.Rows;

    [TestMethod]
    [DynamicData(nameof(Rules))]
    public void Rule_holds(string rule) => Table.Check(rule);

    private static void LookupNameComesFromRelatedRow()
    {
        var team = new SalesTeam();
        var account = team.Account("Contoso");
        var id = team.AsRep.Create(new Entity("opportunity")
        {
            ["name"] = "Deal",
            ["parentaccountid"] = new EntityReference("account", account) { Name = "What the writer said" },
        });
        Assert.AreEqual("Contoso", team.AsRep.Retrieve("opportunity", id, new ColumnSet("parentaccountid")).GetAttributeValue<EntityReference>("parentaccountid").Name);

        team.AsRep.Update(new Entity("account", account) { ["name"] = "Contoso Ltd" });
        var read = team.AsRep.Retrieve("opportunity", id, new ColumnSet("parentaccountid", "ownerid"));
        Assert.AreEqual("Contoso Ltd", read.GetAttributeValue<EntityReference>("parentaccountid").Name, "the current name, not the one stored");
        Assert.AreEqual("Riley Rep", read.GetAttributeValue<EntityReference>("ownerid").Name);
    }

    private static void WrongTypesAreFaults()
    {
        var team = new SalesTeam();
        SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(new Entity("opportunity") { ["name"] = "Deal", ["salesstage"] = 1 }));
        SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(new Entity("opportunity") { ["name"] = "Deal", ["estimatedvalue"] = 100m }));
        SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(new Entity("opportunity") { ["name"] = "Deal", ["parentaccountid"] = Guid.NewGuid() }));
        Assert.IsEmpty(team.Org.Rows("opportunity"));
    }

    private static void DatesAreUtcWithoutMilliseconds()
    {
        var team = new SalesTeam();
        team.Clock.Set(new DateTime(2025, 3, 3, 8, 15, 30, 750, DateTimeKind.Utc));
        var start = new DateTime(2025, 3, 4, 10, 0, 0, 123, DateTimeKind.Utc);
        var id = team.AsRep.Create(new Entity("task") { ["subject"] = "Call", ["scheduledstart"] = start, ["scheduledend"] = start.ToLocalTime() });
        var task = team.AsRep.Retrieve("task", id, new ColumnSet("scheduledstart", "scheduledend", "createdon"));
        var expected = new DateTime(2025, 3, 4, 10, 0, 0, DateTimeKind.Utc);
        Assert.AreEqual(expected, task["scheduledstart"]);
        Assert.AreEqual(DateTimeKind.Utc, ((DateTime)task["scheduledstart"]).Kind);
        Assert.AreEqual(expected, task["scheduledend"], "a local time is converted to UTC");
        Assert.AreEqual(new DateTime(2025, 3, 3, 8, 15, 30, DateTimeKind.Utc), task["createdon"]);
    }

    private static void WinClosesAsWon()
    {
        var team = new SalesTeam();
        var id = team.Opportunity("Deal", 25_000m);
        team.Org.Register<OpportunitySpecialMessagesObserver>().Register<OpportunityCloseCreateObserver>();
        team.AsRep.Execute(new WinOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose") { ["subject"] = "Won!", ["opportunityid"] = new EntityReference("opportunity", id) },
            Status = new OptionSetValue(3),
        });
        var opportunity = team.Org.Read("opportunity", id)!;
        Assert.AreEqual(1, opportunity.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(3, opportunity.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.AreEqual(25_000m, opportunity.GetAttributeValue<Money>("actualvalue").Value);
        Assert.AreEqual(team.Org.Now.Date, opportunity["actualclosedate"]);
        var close = team.Org.Rows("opportunityclose").Single();
        Assert.AreEqual(1, close.GetAttributeValue<OptionSetValue>("statecode").Value, "the opportunityclose is completed");
        Assert.AreEqual(id, close.GetAttributeValue<EntityReference>("opportunityid").Id);
        CollectionAssert.Contains(team.Org.LastOperation!.StepsRan.Select(run => run.Message).ToArray(), "Win");
    }

    private static void LoseClosesAsLost()
    {
        var team = new SalesTeam();
        var id = team.Opportunity();
        team.AsRep.Execute(new LoseOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose") { ["subject"] = "Lost to a competitor", ["opportunityid"] = new EntityReference("opportunity", id), ["actualrevenue"] = new Money(0m) },
            Status = new OptionSetValue(5),
        });
        var opportunity = team.Org.Read("opportunity", id)!;
        Assert.AreEqual(2, opportunity.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual("Out-Sold", opportunity.FormattedValues["statuscode"]);
        Assert.AreEqual(0m, opportunity.GetAttributeValue<Money>("actualvalue").Value);
        Assert.HasCount(1, team.Org.Rows("opportunityclose"));
    }

    private static void PlainUpdateCannotClose()
    {
        var team = new SalesTeam();
        var id = team.Opportunity();
        var fault = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Update(new Entity("opportunity", id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(3) }));
        StringAssert.Contains(fault.Message, "WinOpportunityRequest");
        SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Update(new Entity("opportunity", id) { ["statuscode"] = new OptionSetValue(5) }));
        SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Execute(new SetStateRequest { EntityMoniker = new EntityReference("opportunity", id), State = new OptionSetValue(2), Status = new OptionSetValue(-1) }));
        Assert.AreEqual(0, team.Org.Read("opportunity", id)!.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    private static void SetStateAndAssignRunUpdatePlugins()
    {
        var team = new SalesTeam();
        var id = team.Opportunity();
        team.Org.Register<OpportunityUpdateObserver>().Register<OpportunitySpecialMessagesObserver>();

        team.AsRep.Execute(new SetStateRequest { EntityMoniker = new EntityReference("opportunity", id), State = new OptionSetValue(0), Status = new OptionSetValue(2) });
        var runs = team.Org.LastOperation!.StepsRan;
        Assert.IsTrue(runs.Any(run => run.Message == "SetState"));
        var update = runs.First(run => run.Message == "Update");
        Assert.AreEqual(2, update.Target!.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.IsTrue(update.Target.Contains("statecode"));
        Assert.AreEqual(1, update.Depth, "the platform's own Update is not a nested call");

        team.AsRep.Execute(new AssignRequest { Target = new EntityReference("opportunity", id), Assignee = team.Peer });
        var assignUpdate = team.Org.LastOperation!.StepsRan.First(run => run.Message == "Update");
        Assert.AreEqual(team.Peer.Id, assignUpdate.Target!.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.AreEqual(team.Peer.Id, team.Org.Read("opportunity", id)!.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    private static void ConfigurationReachesConstructor()
    {
        var team = new SalesTeam();
        team.Org.Register<ConfiguredPlugin>();
        team.AsRep.Create(new Entity("phonecall") { ["subject"] = "Call" });
        Assert.AreEqual("unsecure={\"mode\":\"observe\"} secure=(null)", team.Org.LastOperation!.Trace.Single());
    }

    private static void InstancesAreReused()
    {
        var team = new SalesTeam();
        team.Org.Register<StatefulPlugin>();
        team.AsRep.Create(new Entity("email") { ["subject"] = "First" });
        team.AsRep.Create(new Entity("email") { ["subject"] = "Second" });
        Assert.AreEqual("execution 2 of this instance", team.Org.LastOperation!.Trace.Single());
    }

    private static void PluginMessageSurfaces()
    {
        var team = new SalesTeam();
        var id = team.Account();
        team.Org.Register<RefusesWithCode>();
        var fault = SalesTeam.Fault(RefusesWithCode.Code, () => team.AsRep.Update(new Entity("account", id) { ["telephone1"] = "555" }));
        Assert.AreEqual("Telephone numbers are managed by the switchboard.", fault.Message);
        StringAssert.Contains(fault.TraceText, "refusing");

        team.Org.Register<AccountNameGuard>();
        var plain = SalesTeam.Fault(Faults.PluginExecution, () => team.AsRep.Create(new Entity("account") { ["name"] = "fail" }));
        Assert.AreEqual("Account names may not contain 'fail' (fail).", plain.Message);
    }

    private static void UnexpectedExceptionsAreWrapped()
    {
        var team = new SalesTeam();
        var id = team.Account();
        team.Org.Register<NullReferenceBug>();
        var fault = SalesTeam.Fault(Faults.PluginExecution, () => team.AsRep.Update(new Entity("account", id) { ["accountnumber"] = "A-1" }));
        StringAssert.StartsWith(fault.Message, "Unexpected exception from plug-in (Execute): " + typeof(NullReferenceBug).FullName + ": System.NullReferenceException");
        StringAssert.Contains(fault.TraceText, "NullReferenceBug");
    }

    private static void SwallowedFailureInsideTransaction()
    {
        var team = new SalesTeam();
        team.Org.Register<SwallowsFailedCallOutsideTransaction>();
        team.AsRep.Create(new Entity("account") { ["name"] = "Allowed at PreValidation" });

        team.Org.Register<SwallowsFailedCall>();
        SalesTeam.Fault(Faults.IsvAbortedTransaction, () => team.AsRep.Create(new Entity("account") { ["name"] = "Refused" }));
        CollectionAssert.AreEqual(new[] { "Allowed at PreValidation" }, team.Org.Rows("account").Select(row => row["name"]).ToArray());
    }
}
