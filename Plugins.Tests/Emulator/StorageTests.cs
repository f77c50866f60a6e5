using System;
using System.Globalization;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Plugins.Tests.Emulator.TestPlugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator;

/// <summary>The store under the messages: row versions, rollback of values and of the indexes queries use.</summary>
[TestClass]
public sealed class StorageTests
{
    [TestMethod]
    public void Every_write_gives_the_row_a_new_version()
    {
        var team = new SalesTeam();
        var id = team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });
        var first = team.AsRep.Retrieve("account", id, new ColumnSet("name"));
        team.AsRep.Update(new Entity("account", id) { ["name"] = "Contoso Ltd" });
        var second = team.AsRep.Retrieve("account", id, new ColumnSet("name", "versionnumber"));
        Assert.IsGreaterThan(long.Parse(first.RowVersion, CultureInfo.InvariantCulture), long.Parse(second.RowVersion, CultureInfo.InvariantCulture));
        Assert.AreEqual(second.RowVersion, ((long)second["versionnumber"]).ToString(CultureInfo.InvariantCulture));

        var update = new Entity("account", id) { ["name"] = "Contoso Group", RowVersion = second.RowVersion };
        team.AsRep.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
        Assert.AreEqual("Contoso Group", team.Org.Read("account", id)!["name"]);
    }

    [TestMethod]
    public void A_rolled_back_update_leaves_equality_queries_right()
    {
        var team = new SalesTeam();
        var id = team.Account("Contoso");
        var byName = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        byName.Criteria.AddCondition("name", ConditionOperator.Equal, "Contoso");
        Assert.HasCount(1, team.AsRep.RetrieveMultiple(byName).Entities, "the name index is built");

        team.Org.Register<AccountNameGuard>();
        SalesTeam.Fault(Faults.PluginExecution, () => team.AsRep.Create(new Entity("account") { ["name"] = "Contoso fail" }));
        team.Org.Register(Conformance.PlatformPipelineTests.HandMade("Update", "account", Plugins.Registration.PipelineStage.PostOperation, new[] { "name" }));
        var failing = new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new UpdateRequest { Target = new Entity("account", id) { ["name"] = "Renamed" } },
                new DeleteRequest { Target = new EntityReference("account", Guid.NewGuid()) },
            },
        };
        SalesTeam.Fault(Faults.ObjectDoesNotExist, () => team.AsRep.Execute(failing));

        Assert.AreEqual(id, team.AsRep.RetrieveMultiple(byName).Entities.Single().Id);
        var renamed = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        renamed.Criteria.AddCondition("name", ConditionOperator.Equal, "Renamed");
        Assert.IsEmpty(team.AsRep.RetrieveMultiple(renamed).Entities);
    }

    [TestMethod]
    public void A_rolled_back_delete_restores_the_row_in_its_place()
    {
        var team = new SalesTeam();
        var ids = new[] { team.Account("A"), team.Account("B"), team.Account("C") };
        var failing = new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new DeleteRequest { Target = new EntityReference("account", ids[1]) },
                new CreateRequest { Target = new Entity("account") { ["name"] = "Bad", ["nosuchcolumn"] = 1 } },
            },
        };
        SalesTeam.Fault(Faults.QueryBuilderNoAttribute, () => team.AsRep.Execute(failing));
        CollectionAssert.AreEqual(ids, team.Org.Rows("account").Select(row => row.Id).ToArray());
    }

    [TestMethod]
    public void Ids_follow_creation_order()
    {
        var team = new SalesTeam();
        var first = team.AsRep.Create(new Entity("account") { ["name"] = "First" });
        var second = team.AsRep.Create(new Entity("account") { ["name"] = "Second" });
        Assert.IsLessThan(0, first.CompareTo(second));
    }
}
