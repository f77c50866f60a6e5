using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;
using static CrmIndependence.Plugins.Tests.Emulator.Querying.SalesData;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>
/// Date operators, evaluated in UTC from the emulator's clock: Wednesday 12 June 2024, 10:30.
/// Weeks run Sunday to Saturday (9–15 June). Accounts were created on 12 June 08:00 (Contoso),
/// 11 June 15:00 (Fabrikam), 3 June (Adventure Works), 20 May (Litware) and 31 December 2023
/// (northwind traders); contacts have birthdays on 12 June 18:00 (Anna), 14 June (Bob), 20 June (Carl)
/// and 1 July (Dana).
/// </summary>
[TestClass]
public sealed class DateOperatorTests
{
    [TestMethod]
    [DataRow("today", null, "Contoso")]
    [DataRow("yesterday", null, "Fabrikam")]
    [DataRow("tomorrow", null, "")]
    [DataRow("this-week", null, "Contoso|Fabrikam")]
    [DataRow("last-week", null, "Adventure Works")]
    [DataRow("next-week", null, "")]
    [DataRow("this-month", null, "Adventure Works|Contoso|Fabrikam")]
    [DataRow("last-month", null, "Litware")]
    [DataRow("this-year", null, "Adventure Works|Contoso|Fabrikam|Litware")]
    [DataRow("last-year", null, "northwind traders")]
    [DataRow("last-seven-days", null, "Contoso|Fabrikam")]
    [DataRow("last-x-days", "9", "Adventure Works|Contoso|Fabrikam")]
    [DataRow("last-x-hours", "2", "Contoso")]
    [DataRow("last-x-hours", "1", "")]
    [DataRow("last-x-weeks", "1", "Contoso|Fabrikam")]
    [DataRow("last-x-months", "1", "Adventure Works|Contoso|Fabrikam|Litware")]
    [DataRow("last-x-years", "1", "Adventure Works|Contoso|Fabrikam|Litware|northwind traders")]
    [DataRow("olderthan-x-minutes", "180", "Adventure Works|Fabrikam|Litware|northwind traders")]
    [DataRow("olderthan-x-hours", "2", "Adventure Works|Contoso|Fabrikam|Litware|northwind traders")]
    [DataRow("olderthan-x-days", "1", "Adventure Works|Litware|northwind traders")]
    [DataRow("olderthan-x-weeks", "2", "Litware|northwind traders")]
    [DataRow("olderthan-x-months", "5", "northwind traders")]
    [DataRow("olderthan-x-years", "1", "")]
    [DataRow("on", "2024-06-11", "Fabrikam")]
    [DataRow("on", "2024-06-11T23:59:00Z", "Fabrikam")]
    [DataRow("not-on", "2024-06-11", "Adventure Works|Contoso|Litware|northwind traders")]
    [DataRow("on-or-before", "2024-06-03", "Adventure Works|Litware|northwind traders")]
    [DataRow("on-or-after", "2024-06-11", "Contoso|Fabrikam")]
    [DataRow("gt", "2024-06-11T15:00:00Z", "Contoso")]
    [DataRow("between", null, "Adventure Works|Fabrikam")]
    public void Past_relative_and_fixed_date_operators(string op, string? value, string expected)
    {
        var data = new SalesData();
        var condition = op == "between"
            ? "<condition attribute='createdon' operator='between'><value>2024-06-01</value><value>2024-06-11T23:00:00Z</value></condition>"
            : $"<condition attribute='createdon' operator='{op}'{(value is null ? "" : $" value='{value}'")} />";
        var result = data.Fetch($@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <filter>{condition}</filter>
            </entity></fetch>");

        Assert.AreEqual(expected, string.Join("|", Names(result)));
    }

    [TestMethod]
    [DataRow("next-x-hours", "8", "Anna Adams")]
    [DataRow("next-seven-days", null, "Anna Adams|Bob Brown")]
    [DataRow("next-x-days", "8", "Anna Adams|Bob Brown|Carl Clark")]
    [DataRow("next-week", null, "Carl Clark")]
    [DataRow("this-week", null, "Anna Adams|Bob Brown")]
    [DataRow("next-month", null, "Dana Dean")]
    [DataRow("next-x-weeks", "1", "Anna Adams|Bob Brown")]
    [DataRow("next-x-months", "1", "Anna Adams|Bob Brown|Carl Clark|Dana Dean")]
    [DataRow("next-x-years", "1", "Anna Adams|Bob Brown|Carl Clark|Dana Dean")]
    [DataRow("next-year", null, "")]
    public void Future_relative_date_operators(string op, string? value, string expected)
    {
        var data = new SalesData();
        var result = data.Fetch($@"
            <fetch><entity name='contact'><attribute name='fullname' /><order attribute='fullname' />
              <filter><condition attribute='birthdate' operator='{op}'{(value is null ? "" : $" value='{value}'")} /></filter>
            </entity></fetch>");

        Assert.AreEqual(expected, string.Join("|", Names(result, "fullname")));
    }

    [TestMethod]
    public void QueryExpression_date_operators_take_typed_values()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);
        query.Criteria.AddCondition("createdon", ConditionOperator.LastXDays, 9);
        query.Criteria.AddCondition("createdon", ConditionOperator.OnOrBefore, Utc(2024, 6, 11, 23, 59));

        Assert.AreEqual("Adventure Works|Fabrikam", string.Join("|", Names(data.Query(query))));
    }

    [TestMethod]
    public void The_clock_of_the_source_decides_what_today_is()
    {
        var data = new SalesData();
        data.Source.UtcNow = Utc(2024, 6, 3, 23, 59);
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("createdon", ConditionOperator.Today);

        Assert.AreEqual("Adventure Works", string.Join("|", Names(data.Query(query))));
    }
}
