using System;
using System.Collections.Generic;
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

/// <summary>
/// Every fault the emulator raises for a bad request: the platform's error code and a message naming the
/// table, the column and the value (or the message, the step, the index) so a test failure says what to fix.
/// </summary>
[TestClass]
public sealed class FaultTests
{
    private static readonly Dictionary<string, (int Code, string[] MessageMentions, Action<SalesTeam> Act)> Cases = new()
    {
        ["unknown table"] = (Faults.UnknownTableCode, new[] { "cri_nosuchtable" },
            team => team.AsRep.Create(new Entity("cri_nosuchtable") { ["name"] = "x" })),
        ["unknown column"] = (Faults.QueryBuilderNoAttribute, new[] { "account", "nosuchcolumn" },
            team => team.AsRep.Create(new Entity("account") { ["name"] = "x", ["nosuchcolumn"] = "y" })),
        ["wrong type: int for a choice"] = (Faults.InvalidArgument, new[] { "opportunity", "salesstage", "System.Int32", "OptionSetValue" },
            team => team.AsRep.Create(new Entity("opportunity") { ["name"] = "x", ["salesstage"] = 2 })),
        ["wrong type: Guid for a lookup"] = (Faults.InvalidArgument, new[] { "opportunity", "parentaccountid", "System.Guid", "EntityReference" },
            team => team.AsRep.Create(new Entity("opportunity") { ["name"] = "x", ["parentaccountid"] = Guid.NewGuid() })),
        ["wrong type: decimal for money"] = (Faults.InvalidArgument, new[] { "estimatedvalue", "Money" },
            team => team.AsRep.Update(new Entity("opportunity", team.Opportunity()) { ["estimatedvalue"] = 5m })),
        ["lookup to a missing record"] = (Faults.ObjectDoesNotExist, new[] { "account", "parentaccountid", "Does Not Exist" },
            team => team.AsRep.Create(new Entity("opportunity") { ["name"] = "x", ["parentaccountid"] = new EntityReference("account", Guid.NewGuid()) })),
        ["lookup to a table it does not target"] = (Faults.InvalidArgument, new[] { "parentaccountid", "contact", "'account'" },
            team => team.AsRep.Create(new Entity("opportunity") { ["name"] = "x", ["parentaccountid"] = new EntityReference("contact", team.Contact()) })),
        ["choice value not among the options"] = (Faults.PicklistValueOutOfRange, new[] { "salesstage", "opportunity", "9" },
            team => team.AsRep.Create(new Entity("opportunity") { ["name"] = "x", ["salesstage"] = new OptionSetValue(9) })),
        ["text longer than the column"] = (Faults.InvalidArgument, new[] { "accountnumber", "account", "at most 20" },
            team => team.AsRep.Create(new Entity("account") { ["name"] = "x", ["accountnumber"] = new string('9', 21) })),
        ["invalid state/status pair"] = (Faults.InvalidStateCodeStatusCode, new[] { "account", "2" },
            team => team.AsRep.Update(new Entity("account", team.Account()) { ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(2) })),
        ["plain Update of an opportunity to Won"] = (Faults.InvalidArgument, new[] { "opportunity", "WinOpportunityRequest" },
            team => team.AsRep.Update(new Entity("opportunity", team.Opportunity()) { ["statecode"] = new OptionSetValue(1) })),
        ["SetState of an opportunity to Lost"] = (Faults.InvalidArgument, new[] { "LoseOpportunityRequest" },
            team => team.AsRep.Execute(new SetStateRequest { EntityMoniker = new EntityReference("opportunity", team.Opportunity()), State = new OptionSetValue(2), Status = new OptionSetValue(4) })),
        ["Win of an opportunity already closed"] = (Faults.InvalidArgument, new[] { "already closed" },
            team => team.AsRep.Execute(Win(team.Org.Seed(new Entity("opportunity") { ["name"] = "x", ["statecode"] = new OptionSetValue(2), ["statuscode"] = new OptionSetValue(4) })))),
        ["Win with a status of another state"] = (Faults.InvalidStateCodeStatusCode, new[] { "4" },
            team => team.AsRep.Execute(Win(team.Opportunity(), status: 4))),
        ["unknown message"] = (Faults.UnrecognizedRequest, new[] { "cri_NoSuchMessage", "org.Messages.Register" },
            team => team.AsRep.Execute(new OrganizationRequest("cri_NoSuchMessage"))),
        ["infinite loop"] = (Faults.InfiniteLoop, new[] { "infinite loop", "depth 9" },
            team => { team.Org.Register<TaskLoop>(); team.AsRep.Create(new Entity("task") { ["subject"] = "x" }); }),
        ["concurrency: row version mismatch"] = (Faults.ConcurrencyVersionMismatch, new[] { "RowVersion" },
            team => StaleUpdate(team)),
        ["concurrency: row version missing"] = (Faults.ConcurrencyVersionNotProvided, new[] { "RowVersion" },
            team => team.AsRep.Execute(new UpdateRequest { Target = new Entity("opportunity", team.Opportunity()) { ["name"] = "y" }, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches })),
        ["retrieve of a missing row"] = (Faults.ObjectDoesNotExist, new[] { "account", "Does Not Exist" },
            team => team.AsRep.Retrieve("account", Guid.NewGuid(), new ColumnSet("name"))),
        ["retrieve without a ColumnSet"] = (Faults.InvalidArgument, new[] { "ColumnSet" },
            team => team.AsRep.Execute(new RetrieveRequest { Target = new EntityReference("account", team.Account()) })),
        ["retrieve of an unknown column"] = (Faults.QueryBuilderNoAttribute, new[] { "account", "nosuchcolumn" },
            team => team.AsRep.Retrieve("account", team.Account(), new ColumnSet("name", "nosuchcolumn"))),
        ["duplicate alternate key"] = (Faults.DuplicateRecordEntityKey, new[] { "cri_code", "a-1", "cri_code_key" },
            team => { AddKeyedTable(team.Org); team.AsRep.Create(new Entity("cri_keyed") { ["cri_code"] = "A-1" }); team.AsRep.Create(new Entity("cri_keyed") { ["cri_code"] = "a-1" }); }),
        ["assign to a disabled user"] = (Faults.InvalidArgument, new[] { "disabled" },
            team => { team.Org.Users.Disable(team.Peer); team.AsRep.Execute(new AssignRequest { Target = new EntityReference("opportunity", team.Opportunity()), Assignee = team.Peer }); }),
        ["delete of a user"] = (Faults.InvalidArgument, new[] { "systemuser" },
            team => team.AsRep.Delete("systemuser", team.Peer.Id)),
        ["associate twice"] = (Faults.DuplicateRecord, new[] { "already associated" },
            team => { var t = team.Org.Teams.Add("East", team.Rep); team.AsRep.Associate("team", t.Id, new Relationship("teammembership_association"), new EntityReferenceCollection { team.Rep }); }),
        ["unknown relationship"] = (Faults.InvalidArgument, new[] { "cri_nosuchrelationship" },
            team => team.AsRep.Associate("account", team.Account(), new Relationship("cri_nosuchrelationship"), new EntityReferenceCollection { new EntityReference("contact", team.Contact()) })),
    };

    public static IEnumerable<object[]> CaseNames => Cases.Keys.Select(name => new object[] { name });

    [TestMethod]
    [DynamicData(nameof(CaseNames))]
    public void Fault_names_the_problem(string name)
    {
        var (code, mentions, act) = Cases[name];
        var team = new SalesTeam();
        var fault = SalesTeam.Fault(code, () => act(team));
        foreach (var mention in mentions)
        {
            StringAssert.Contains(fault.Message, mention, StringComparison.Ordinal);
        }
    }

    [TestMethod]
    public void ExecuteTransaction_reports_the_failing_index_and_keeps_nothing()
    {
        var team = new SalesTeam();
        var requests = new OrganizationRequestCollection
        {
            new CreateRequest { Target = new Entity("account") { ["name"] = "First" } },
            new CreateRequest { Target = new Entity("account") { ["name"] = "Second" } },
            new UpdateRequest { Target = new Entity("opportunity", Guid.NewGuid()) { ["name"] = "Missing" } },
        };
        var fault = SalesTeam.Fault(Faults.ObjectDoesNotExist, () => team.AsRep.Execute(new ExecuteTransactionRequest { Requests = requests }));
        Assert.AreEqual(2, ((ExecuteTransactionFault)fault).FaultedRequestIndex);
        Assert.IsEmpty(team.Org.Rows("account"));
    }

    [TestMethod]
    public void A_failed_request_leaves_the_org_as_it_was()
    {
        var team = new SalesTeam();
        var id = team.Opportunity("Deal", 100m);
        var before = team.Org.Read("opportunity", id)!;
        SalesTeam.Fault(Faults.PicklistValueOutOfRange, () => team.AsRep.Update(new Entity("opportunity", id) { ["name"] = "Renamed", ["salesstage"] = new OptionSetValue(42) }));
        var after = team.Org.Read("opportunity", id)!;
        Assert.AreEqual(before["name"], after["name"]);
        Assert.AreEqual(before.RowVersion, after.RowVersion);
        Assert.IsFalse(team.Org.LastOperation!.Succeeded);
    }

    private static void StaleUpdate(SalesTeam team)
    {
        var id = team.Opportunity();
        var stale = team.AsRep.Retrieve("opportunity", id, new ColumnSet("name"));
        team.AsManager.Update(new Entity("opportunity", id) { ["name"] = "Changed by the manager" });
        var update = new Entity("opportunity", id) { ["name"] = "Changed by the rep", RowVersion = stale.RowVersion };
        team.AsRep.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
    }

    private static WinOpportunityRequest Win(Guid opportunity, int status = 3) => new()
    {
        OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", opportunity) },
        Status = new OptionSetValue(status),
    };

    private static void AddKeyedTable(Org org) =>
        org.Metadata.Add(TableBuilder.Define("cri_keyed", primaryName: "cri_name").Text("cri_code", 20).AlternateKey("cri_code_key", "cri_code").Build());
}
