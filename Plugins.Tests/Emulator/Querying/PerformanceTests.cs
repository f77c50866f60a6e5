using System;
using CrmIndependence.Emulator.Querying;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>
/// Equality conditions and joins are served by the store's index, so a query's cost follows the rows it
/// matches, not the size of the table. (Times are measured in Benchmarks/Emulator, not here.)
/// </summary>
[TestClass]
public sealed class PerformanceTests
{
    private static (QueryEngine Engine, FakeTable Table, Guid[] Owners) Store(int rows)
    {
        var source = new FakeQuerySource();
        var users = source.AddTable("systemuser", "systemuserid", "fullname").Column("fullname", QueryColumnKind.Text);
        var owners = new Guid[100];
        for (var i = 0; i < owners.Length; i++)
        {
            owners[i] = Guid.NewGuid();
            users.Add(owners[i], ("fullname", "User " + i));
        }
        var tasks = source.AddTable("task", "activityid", "subject")
            .Column("subject", QueryColumnKind.Text)
            .Column("ownerid", QueryColumnKind.Owner)
            .Column("prioritycode", QueryColumnKind.Choice);
        for (var i = 0; i < rows; i++)
        {
            // The 10 tasks of owner 0 exist in both stores; the bigger store adds tasks of other owners.
            var owner = i < 10 ? owners[0] : owners[1 + (i % 99)];
            tasks.Add(Guid.NewGuid(), ("subject", "Task " + i), ("ownerid", new EntityReference("systemuser", owner)), ("prioritycode", new OptionSetValue(i % 3)));
        }
        return (new QueryEngine(source), tasks, owners);
    }

    private static QueryExpression TasksOf(Guid owner)
    {
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject", "ownerid") };
        query.Criteria.AddCondition("ownerid", ConditionOperator.Equal, owner);
        query.Criteria.AddCondition("prioritycode", ConditionOperator.NotEqual, 5);
        query.AddOrder("subject", OrderType.Ascending);
        query.AddLink("systemuser", "ownerid", "systemuserid").Columns = new ColumnSet("fullname");
        return query;
    }

    [TestMethod]
    public void An_equality_filter_over_100000_rows_reads_the_index_not_the_table()
    {
        var (small, smallTable, smallOwners) = Store(1_000);
        var (large, largeTable, largeOwners) = Store(100_000);

        Assert.AreEqual(10, small.RetrieveMultiple(TasksOf(smallOwners[0])).Entities.Count);
        Assert.AreEqual(10, large.RetrieveMultiple(TasksOf(largeOwners[0])).Entities.Count);

        Assert.AreEqual(0, smallTable.Scans, "the small table was scanned");
        Assert.AreEqual(0, largeTable.Scans, "the large table was scanned: the cost would follow its 100,000 rows");
    }

    [TestMethod]
    public void A_query_without_an_indexable_condition_scans_once()
    {
        var (engine, table, _) = Store(1_000);
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject") };
        query.Criteria.AddCondition("subject", ConditionOperator.Like, "Task 99%");

        var result = engine.RetrieveMultiple(query);

        Assert.AreEqual(11, result.Entities.Count);
        Assert.AreEqual(1, table.Scans);
    }

    [TestMethod]
    public void An_equality_in_nested_and_filters_beside_an_any_link_still_uses_the_index()
    {
        var (engine, table, owners) = Store(1_000);

        var result = engine.RetrieveMultiple(new FetchExpression($@"
            <fetch><entity name='task'><attribute name='subject' />
              <filter><filter><condition attribute='ownerid' operator='eq' value='{owners[0]}' /></filter></filter>
              <filter><condition attribute='prioritycode' operator='in'><value>0</value><value>1</value></condition></filter>
              <link-entity name='systemuser' from='systemuserid' to='ownerid' link-type='any' />
            </entity></fetch>"));

        Assert.AreEqual(7, result.Entities.Count);
        Assert.AreEqual(0, table.Scans);
    }

    [TestMethod]
    public void An_or_filter_holding_one_in_condition_on_the_key_uses_the_index()
    {
        var (engine, table, owners) = Store(1_000);
        var mine = engine.RetrieveMultiple(TasksOf(owners[0])).Entities;
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject") };
        var either = new FilterExpression(LogicalOperator.Or);
        either.AddCondition("activityid", ConditionOperator.In, mine[0].Id, mine[1].Id);
        query.Criteria.AddFilter(either);

        var result = engine.RetrieveMultiple(query);

        Assert.AreEqual(2, result.Entities.Count);
        Assert.AreEqual(0, table.Scans, "an 'or' of one condition is that condition");
    }
}
