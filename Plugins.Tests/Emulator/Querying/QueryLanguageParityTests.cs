using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static CrmIndependence.Plugins.Tests.Emulator.Querying.SalesData;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>The same query written as QueryExpression and as FetchXml returns the same rows and values.</summary>
[TestClass]
public sealed class QueryLanguageParityTests
{
    private static void AssertSameResult(EntityCollection expected, EntityCollection actual)
    {
        Assert.AreEqual(expected.Entities.Count, actual.Entities.Count, "row count");
        Assert.AreEqual(expected.MoreRecords, actual.MoreRecords, "MoreRecords");
        for (var i = 0; i < expected.Entities.Count; i++)
        {
            var left = expected.Entities[i];
            var right = actual.Entities[i];
            Assert.AreEqual(left.Id, right.Id, $"row {i}");
            CollectionAssert.AreEquivalent(left.Attributes.Keys.ToArray(), right.Attributes.Keys.ToArray(), $"columns of row {i}");
            foreach (var attribute in left.Attributes)
            {
                Assert.AreEqual(Plain(attribute.Value), Plain(right[attribute.Key]), $"{attribute.Key} of row {i}");
            }
            CollectionAssert.AreEquivalent(left.FormattedValues.ToArray(), right.FormattedValues.ToArray(), $"formatted values of row {i}");
        }
    }

    private static object? Plain(object? value) => value switch
    {
        AliasedValue aliased => Plain(aliased.Value),
        EntityReference reference => $"{reference.LogicalName}:{reference.Id}:{reference.Name}",
        OptionSetValue option => option.Value,
        Money money => money.Value,
        _ => value,
    };

    [TestMethod]
    public void Filter_order_and_columns()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "industrycode", "ownerid", "revenue") };
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("revenue", ConditionOperator.GreaterThan, 600m);
        either.AddCondition("industrycode", ConditionOperator.In, Accounting, Manufacturing);
        query.AddOrder("industrycode", OrderType.Ascending);
        query.AddOrder("name", OrderType.Descending);

        var fetch = data.Fetch(@"
            <fetch><entity name='account'>
              <attribute name='name' /><attribute name='industrycode' /><attribute name='ownerid' /><attribute name='revenue' />
              <filter>
                <condition attribute='statecode' operator='eq' value='0' />
                <filter type='or'>
                  <condition attribute='revenue' operator='gt' value='600' />
                  <condition attribute='industrycode' operator='in'><value>2</value><value>3</value></condition>
                </filter>
              </filter>
              <order attribute='industrycode' /><order attribute='name' descending='true' />
            </entity></fetch>");

        AssertSameResult(data.Query(query), fetch);
        Assert.AreEqual("northwind traders|Litware|Fabrikam|Contoso", string.Join("|", Names(fetch)));
    }

    [TestMethod]
    public void Outer_link_with_criteria_and_linked_columns()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        var link = query.AddLink("contact", "accountid", "parentcustomerid", JoinOperator.LeftOuter);
        link.EntityAlias = "c";
        link.Columns = new ColumnSet("fullname", "ownerid");
        link.LinkCriteria.AddCondition("emailaddress1", ConditionOperator.NotNull);
        query.AddOrder("name", OrderType.Ascending);

        var fetch = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <link-entity name='contact' from='parentcustomerid' to='accountid' link-type='outer' alias='c'>
                <attribute name='fullname' /><attribute name='ownerid' />
                <filter><condition attribute='emailaddress1' operator='not-null' /></filter>
              </link-entity>
            </entity></fetch>");

        AssertSameResult(data.Query(query), fetch);
        Assert.AreEqual(5, fetch.Entities.Count);
    }

    [TestMethod]
    public void Paging_and_hierarchy()
    {
        var data = new SalesData();
        var query = new QueryExpression("account")
        {
            ColumnSet = new ColumnSet("name"),
            PageInfo = new PagingInfo { Count = 1, PageNumber = 2 },
        };
        query.Criteria.AddCondition("accountid", ConditionOperator.UnderOrEqual, Contoso);
        query.AddOrder("name", OrderType.Ascending);

        var fetch = data.Fetch(@"
            <fetch count='1' page='2'><entity name='account'><attribute name='name' /><order attribute='name' />
              <filter><condition attribute='accountid' operator='eq-or-under' value='a0000000-0000-0000-0000-000000000001' /></filter>
            </entity></fetch>");

        AssertSameResult(data.Query(query), fetch);
        Assert.AreEqual("Contoso", string.Join("|", Names(fetch)));
        Assert.IsTrue(fetch.MoreRecords);
    }

    [TestMethod]
    public void QueryByAttribute_matches_the_equivalent_FetchXml()
    {
        var data = new SalesData();
        var query = new QueryByAttribute("contact") { ColumnSet = new ColumnSet("fullname", "parentcustomerid") };
        query.AddAttributeValue("ownerid", Rep);
        query.AddOrder("fullname", OrderType.Ascending);

        var fetch = data.Fetch(@"
            <fetch><entity name='contact'><attribute name='fullname' /><attribute name='parentcustomerid' /><order attribute='fullname' />
              <filter><condition attribute='ownerid' operator='eq' value='50000000-0000-0000-0000-000000000003' /></filter>
            </entity></fetch>");

        AssertSameResult(data.Query(query), fetch);
        Assert.AreEqual("Anna Adams|Carl Clark", string.Join("|", Names(fetch, "fullname")));
    }
}
