using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Emulator.Querying.SalesData;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>
/// Each condition operator, as FetchXml writes it, against five accounts (by name: Adventure Works,
/// Contoso, Fabrikam, Litware, northwind traders). Null columns satisfy no comparison, as in SQL.
/// </summary>
[TestClass]
public sealed class ConditionOperatorTests
{
    private const string Contoso = "a0000000-0000-0000-0000-000000000001";
    private const string Rep = "50000000-0000-0000-0000-000000000003";

    [TestMethod]
    [DataRow("numberofemployees", "eq", "50", "Contoso")]
    [DataRow("name", "eq", "CONTOSO", "Contoso")]
    [DataRow("numberofemployees", "ne", "50", "Adventure Works|Fabrikam|northwind traders")]
    [DataRow("numberofemployees", "neq", "50", "Adventure Works|Fabrikam|northwind traders")]
    [DataRow("numberofemployees", "gt", "50", "Fabrikam|northwind traders")]
    [DataRow("numberofemployees", "ge", "50", "Contoso|Fabrikam|northwind traders")]
    [DataRow("numberofemployees", "lt", "50", "Adventure Works")]
    [DataRow("numberofemployees", "le", "50", "Adventure Works|Contoso")]
    [DataRow("name", "gt", "f", "Fabrikam|Litware|northwind traders")]
    [DataRow("revenue", "eq", "2500.50", "Fabrikam")]
    [DataRow("revenue", "gt", "999.99", "Contoso|Fabrikam")]
    [DataRow("exchangerate", "eq", "1.5", "Contoso")]
    [DataRow("rating", "gt", "3.5", "Contoso")]
    [DataRow("donotemail", "eq", "1", "Fabrikam")]
    [DataRow("donotemail", "eq", "false", "Contoso")]
    [DataRow("statecode", "eq", "1", "Adventure Works")]
    [DataRow("industrycode", "eq", "2", "Fabrikam|Litware")]
    [DataRow("parentaccountid", "eq", "{" + Contoso + "}", "Fabrikam")]
    [DataRow("ownerid", "eq", Rep, "Contoso|northwind traders")]
    [DataRow("ownerid", "ne", Rep, "Adventure Works|Fabrikam|Litware")]
    [DataRow("accountid", "eq", Contoso, "Contoso")]
    [DataRow("revenue", "null", null, "Adventure Works")]
    [DataRow("numberofemployees", "not-null", null, "Adventure Works|Contoso|Fabrikam|northwind traders")]
    [DataRow("name", "like", "%wor%", "Adventure Works")]
    [DataRow("name", "like", "_ONTOSO", "Contoso")]
    [DataRow("name", "like", "[cf]%", "Contoso|Fabrikam")]
    [DataRow("name", "like", "[^a-l]%", "northwind traders")]
    [DataRow("description", "like", "%[_]%", "Fabrikam")]
    [DataRow("name", "not-like", "%o%", "Fabrikam|Litware")]
    [DataRow("name", "begins-with", "North", "northwind traders")]
    [DataRow("name", "not-begin-with", "c", "Adventure Works|Fabrikam|Litware|northwind traders")]
    [DataRow("name", "ends-with", "WARE", "Litware")]
    [DataRow("name", "not-end-with", "ware", "Adventure Works|Contoso|Fabrikam|northwind traders")]
    public void A_single_value_operator_selects_the_matching_rows(string column, string op, string? value, string expected)
    {
        var data = new SalesData();
        var valueAttribute = value is null ? "" : $" value='{value}'";
        var result = data.Fetch($@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <filter><condition attribute='{column}' operator='{op}'{valueAttribute} /></filter>
            </entity></fetch>");

        Assert.AreEqual(expected, string.Join("|", Names(result)));
    }

    [TestMethod]
    [DataRow("in", "1|3", "Adventure Works|Contoso")]
    [DataRow("not-in", "2", "Adventure Works|Contoso")]
    [DataRow("between", "10|50", "Adventure Works|Contoso")]
    [DataRow("not-between", "10|50", "Fabrikam|northwind traders")]
    public void A_multi_value_operator_takes_value_elements(string op, string values, string expected)
    {
        var data = new SalesData();
        var column = op.Contains("between") ? "numberofemployees" : "industrycode";
        var valueElements = string.Concat(values.Split('|').Select(v => $"<value>{v}</value>"));
        var result = data.Fetch($@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <filter><condition attribute='{column}' operator='{op}'>{valueElements}</condition></filter>
            </entity></fetch>");

        Assert.AreEqual(expected, string.Join("|", Names(result)));
    }

    [TestMethod]
    [DataRow(ConditionOperator.Contains, "CUSTOMER", "Contoso")]
    [DataRow(ConditionOperator.DoesNotContain, "customer", "Fabrikam")]
    [DataRow(ConditionOperator.BeginsWith, "big", "Contoso")]
    [DataRow(ConditionOperator.DoesNotBeginWith, "big", "Fabrikam")]
    [DataRow(ConditionOperator.EndsWith, "partner", "Fabrikam")]
    [DataRow(ConditionOperator.DoesNotEndWith, "partner", "Contoso")]
    [DataRow(ConditionOperator.Like, "%SEATTLE", "Contoso")]
    [DataRow(ConditionOperator.NotLike, "%seattle", "Fabrikam")]
    public void Text_operators_of_QueryExpression_ignore_case_and_skip_null_columns(ConditionOperator op, string value, string expected)
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("description", op, value);

        Assert.AreEqual(expected, string.Join("|", Names(data.Query(query))));
    }

    [TestMethod]
    public void Typed_values_compare_with_the_stored_wrappers()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);
        query.Criteria.AddCondition("industrycode", ConditionOperator.Equal, new Microsoft.Xrm.Sdk.OptionSetValue(Accounting));
        query.Criteria.AddCondition("revenue", ConditionOperator.GreaterThan, new Microsoft.Xrm.Sdk.Money(100m));
        query.Criteria.AddCondition("ownerid", ConditionOperator.NotEqual, User(Outsider));

        Assert.AreEqual("Fabrikam", string.Join("|", Names(data.Query(query))));
    }

    [TestMethod]
    public void In_accepts_an_array_as_its_values()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);
        query.Criteria.AddCondition("numberofemployees", ConditionOperator.In, new[] { 10, 200 });

        Assert.AreEqual("Adventure Works|Fabrikam", string.Join("|", Names(data.Query(query))));
    }

    [TestMethod]
    [DataRow("eq-userid", "Fabrikam")]
    [DataRow("ne-userid", "Adventure Works|Contoso|Litware|northwind traders")]
    public void User_operators_compare_with_the_caller(string op, string expected)
    {
        var data = new SalesData();
        var result = data.Fetch($@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <filter><condition attribute='ownerid' operator='{op}' /></filter>
            </entity></fetch>");

        Assert.AreEqual(expected, string.Join("|", Names(result)));
    }

    [TestMethod]
    [DataRow("eq-businessid", "Adventure Works|Contoso|Fabrikam|northwind traders")]
    [DataRow("ne-businessid", "Litware")]
    public void Business_unit_operators_compare_with_the_callers_business_unit(string op, string expected)
    {
        var data = new SalesData();
        var result = data.Fetch($@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <filter><condition attribute='owningbusinessunit' operator='{op}' /></filter>
            </entity></fetch>");

        Assert.AreEqual(expected, string.Join("|", Names(result)));
    }

    [TestMethod]
    public void Nested_and_or_filters_combine()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <filter type='and'>
                <condition attribute='statecode' operator='eq' value='0' />
                <filter type='or'>
                  <condition attribute='numberofemployees' operator='gt' value='100' />
                  <condition attribute='revenue' operator='lt' value='600' />
                </filter>
              </filter>
            </entity></fetch>");

        Assert.AreEqual("Fabrikam|Litware", string.Join("|", Names(result)));
    }

    [TestMethod]
    public void Column_comparison_compares_two_columns_of_the_row()
    {
        var data = new SalesData();
        var fetch = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <filter><condition attribute='rating' operator='gt' valueof='exchangerate' /></filter>
            </entity></fetch>");
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);
        query.Criteria.AddCondition(new ConditionExpression("rating", ConditionOperator.GreaterThan, true, "exchangerate"));

        Assert.AreEqual("Contoso|Fabrikam", string.Join("|", Names(fetch)));
        Assert.AreEqual("Contoso|Fabrikam", string.Join("|", Names(data.Query(query))));
    }
}
