using System;
using System.Diagnostics;
using CrmIndependence.Emulator.Querying;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>
/// Equality conditions and joins are served by the store's index, so a query's cost follows the rows it
/// matches, not the size of the table.
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

    /// <summary>
    /// The best time per query of each engine, measured in alternating rounds so that a busy machine
    /// (other builds, parallel tests) slows both sides alike rather than one of them.
    /// </summary>
    private static (double First, double Second) BestMillisecondsPerQuery(
        (QueryEngine Engine, QueryExpression Query) first, (QueryEngine Engine, QueryExpression Query) second, int repeats)
    {
        first.Engine.RetrieveMultiple(first.Query); // warm up: JIT and the store's index
        second.Engine.RetrieveMultiple(second.Query);
        var best = (First: double.MaxValue, Second: double.MaxValue);
        for (var round = 0; round < 15; round++)
        {
            best.First = Math.Min(best.First, Time(first.Engine, first.Query, repeats));
            best.Second = Math.Min(best.Second, Time(second.Engine, second.Query, repeats));
        }
        return best;
    }

    private static double Time(QueryEngine engine, QueryExpression query, int repeats)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < repeats; i++)
        {
            Assert.AreEqual(10, engine.RetrieveMultiple(query).Entities.Count);
        }
        return watch.Elapsed.TotalMilliseconds / repeats;
    }

    [TestMethod]
    public void An_equality_filter_over_100000_rows_costs_about_the_same_as_over_1000()
    {
        var (small, smallTable, smallOwners) = Store(1_000);
        var (large, largeTable, largeOwners) = Store(100_000);

        var (smallTime, largeTime) = BestMillisecondsPerQuery(
            (small, TasksOf(smallOwners[0])), (large, TasksOf(largeOwners[0])), repeats: 50);

        Assert.AreEqual(0, smallTable.Scans, "the small table was scanned");
        Assert.AreEqual(0, largeTable.Scans, "the large table was scanned");
        Assert.IsTrue(largeTime <= 3 * smallTime + 0.05,
            $"100,000 rows took {largeTime:F3} ms a query, 1,000 rows {smallTime:F3} ms");
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
}
