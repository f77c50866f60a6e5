using System;
using System.Linq;
using System.ServiceModel;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Querying;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static CrmIndependence.Plugins.Tests.Emulator.Querying.SalesData;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>
/// FetchXml aggregates. Employees: 50, 200, 10, null, 75. Revenue: 1000, 2500.50, null, 500, 750.
/// Industries: Zoning, Accounting, Manufacturing, Accounting, none.
/// </summary>
[TestClass]
public sealed class AggregateTests
{
    private static object? Value(Entity entity, string alias) => entity.GetAttributeValue<AliasedValue>(alias)?.Value;

    [TestMethod]
    [DataRow("count", "accountid", 5)]
    [DataRow("countcolumn", "numberofemployees", 4)]
    [DataRow("sum", "numberofemployees", 335)]
    [DataRow("avg", "numberofemployees", 83)]
    [DataRow("min", "numberofemployees", 10)]
    [DataRow("max", "numberofemployees", 200)]
    public void Whole_number_aggregates(string aggregate, string column, int expected)
    {
        var data = new SalesData();
        var result = data.Fetch($@"
            <fetch aggregate='true'><entity name='account'>
              <attribute name='{column}' aggregate='{aggregate}' alias='result' />
            </entity></fetch>");

        Assert.AreEqual(expected, Value(result.Entities.Single(), "result"));
    }

    [TestMethod]
    public void Currency_aggregates_return_money()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch aggregate='true'><entity name='account'>
              <attribute name='revenue' aggregate='sum' alias='total' />
              <attribute name='revenue' aggregate='avg' alias='average' />
              <attribute name='revenue' aggregate='max' alias='largest' />
            </entity></fetch>").Entities.Single();

        Assert.AreEqual(4750.50m, ((Money)Value(result, "total")!).Value);
        Assert.AreEqual(1187.625m, ((Money)Value(result, "average")!).Value);
        Assert.AreEqual(2500.50m, ((Money)Value(result, "largest")!).Value);
    }

    [TestMethod]
    public void Countcolumn_distinct_counts_different_values()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch aggregate='true'><entity name='account'>
              <attribute name='industrycode' aggregate='countcolumn' distinct='true' alias='industries' />
            </entity></fetch>");

        Assert.AreEqual(3, Value(result.Entities.Single(), "industries"));
    }

    [TestMethod]
    public void Count_of_no_rows_is_zero_and_other_aggregates_are_left_out()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch aggregate='true'><entity name='account'>
              <attribute name='accountid' aggregate='count' alias='n' />
              <attribute name='revenue' aggregate='sum' alias='total' />
              <filter><condition attribute='name' operator='eq' value='nobody' /></filter>
            </entity></fetch>").Entities.Single();

        Assert.AreEqual(0, Value(result, "n"));
        Assert.IsFalse(result.Contains("total"));
    }

    [TestMethod]
    public void Group_by_a_choice_returns_the_option_with_its_label()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch aggregate='true'><entity name='account'>
              <attribute name='industrycode' groupby='true' alias='industry' />
              <attribute name='accountid' aggregate='count' alias='n' />
              <order alias='n' descending='true' />
            </entity></fetch>");

        var accounting = result.Entities[0];
        Assert.AreEqual(Accounting, ((OptionSetValue)Value(accounting, "industry")!).Value);
        Assert.AreEqual("Accounting", accounting.FormattedValues["industry"]);
        Assert.AreEqual(2, Value(accounting, "n"));
        Assert.AreEqual(4, result.Entities.Count);
        Assert.AreEqual(1, result.Entities.Count(e => !e.Contains("industry")));
    }

    [TestMethod]
    public void Group_by_a_lookup_returns_a_reference_with_its_name()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch aggregate='true'><entity name='account'>
              <attribute name='ownerid' groupby='true' alias='owner' />
              <attribute name='revenue' aggregate='sum' alias='total' />
              <filter><condition attribute='ownerid' operator='eq' value='50000000-0000-0000-0000-000000000003' /></filter>
            </entity></fetch>").Entities.Single();

        var owner = (EntityReference)Value(result, "owner")!;
        Assert.AreEqual("Rita Rep", owner.Name);
        Assert.AreEqual(1750m, ((Money)Value(result, "total")!).Value);
    }

    [TestMethod]
    [DataRow("year", "2023:1|2024:4")]
    [DataRow("quarter", "2:4|4:1")]
    [DataRow("month", "5:1|6:3|12:1")]
    [DataRow("week", "21:1|23:1|24:2|53:1")]
    [DataRow("day", "3:1|11:1|12:1|20:1|31:1")]
    public void Date_grouping_groups_by_a_part_of_the_date(string grouping, string expected)
    {
        var data = new SalesData();
        var result = data.Fetch($@"
            <fetch aggregate='true'><entity name='account'>
              <attribute name='createdon' groupby='true' dategrouping='{grouping}' alias='part' />
              <attribute name='accountid' aggregate='count' alias='n' />
              <order alias='part' />
            </entity></fetch>");

        Assert.AreEqual(expected, string.Join("|", result.Entities.Select(e => $"{Value(e, "part")}:{Value(e, "n")}")));
    }

    [TestMethod]
    public void Year_and_month_groupings_combine()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch aggregate='true'><entity name='account'>
              <attribute name='createdon' groupby='true' dategrouping='year' alias='year' />
              <attribute name='createdon' groupby='true' dategrouping='month' alias='month' />
              <attribute name='revenue' aggregate='sum' alias='revenue' />
              <order alias='year' descending='true' /><order alias='month' />
            </entity></fetch>");

        Assert.AreEqual("2024-5:500|2024-6:3500.50|2023-12:750",
            string.Join("|", result.Entities.Select(e => $"{Value(e, "year")}-{Value(e, "month")}:{((Money)Value(e, "revenue")!).Value}")));
    }

    [TestMethod]
    public void Aggregates_reach_linked_columns()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch aggregate='true'><entity name='contact'>
              <attribute name='contactid' aggregate='count' alias='contacts' />
              <link-entity name='account' from='accountid' to='parentcustomerid' alias='a'>
                <attribute name='name' groupby='true' alias='account' />
              </link-entity>
              <order alias='account' />
            </entity></fetch>");

        Assert.AreEqual("Contoso:2|Fabrikam:1", string.Join("|", result.Entities.Select(e => $"{Value(e, "account")}:{Value(e, "contacts")}")));
    }

    [TestMethod]
    public void More_than_50000_rows_cannot_be_aggregated()
    {
        var source = new FakeQuerySource();
        var table = source.AddTable("task", "activityid").Column("actualdurationminutes", QueryColumnKind.WholeNumber);
        for (var i = 0; i < 50000; i++)
        {
            table.Add(Guid.NewGuid(), ("actualdurationminutes", 1));
        }
        var engine = new QueryEngine(source);
        const string Sum = "<fetch aggregate='true'><entity name='task'><attribute name='actualdurationminutes' aggregate='sum' alias='total' /></entity></fetch>";

        Assert.AreEqual(50000, engine.RetrieveMultiple(new FetchExpression(Sum)).Entities.Single().GetAttributeValue<AliasedValue>("total").Value);
        table.Add(Guid.NewGuid(), ("actualdurationminutes", 1));
        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => engine.RetrieveMultiple(new FetchExpression(Sum)));
        Assert.AreEqual(Faults.AggregateQueryRecordLimitExceeded, fault.Detail.ErrorCode);
    }

    [TestMethod]
    public void Aggregatelimit_lowers_the_limit()
    {
        var data = new SalesData();

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => data.Fetch(@"
            <fetch aggregate='true' aggregatelimit='3'><entity name='account'>
              <attribute name='accountid' aggregate='count' alias='n' />
            </entity></fetch>"));
        Assert.AreEqual(Faults.AggregateQueryRecordLimitExceeded, fault.Detail.ErrorCode);
    }

    [TestMethod]
    [DataRow("<attribute name='accountid' aggregate='count' />", "alias")]
    [DataRow("<attribute name='name' alias='n' />", "group-by or an aggregate")]
    [DataRow("<attribute name='name' aggregate='sum' alias='s' />", "number or currency")]
    [DataRow("<attribute name='createdon' groupby='true' dategrouping='fiscal-year' alias='fy' />", "fiscal")]
    [DataRow("<all-attributes />", "All attributes")]
    [DataRow("<attribute name='accountid' aggregate='count' alias='n' /><order attribute='name' />", "order by one of its aliases")]
    public void Invalid_aggregate_queries_are_faults(string body, string messagePart)
    {
        var data = new SalesData();

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(
            () => data.Fetch($"<fetch aggregate='true'><entity name='account'>{body}</entity></fetch>"));
        StringAssert.Contains(fault.Detail.Message, messagePart);
    }
}
