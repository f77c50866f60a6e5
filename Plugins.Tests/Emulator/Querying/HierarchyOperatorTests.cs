using System;
using CrmIndependence.Emulator.Querying;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;
using static CrmIndependence.Plugins.Tests.Emulator.Querying.SalesData;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>
/// Hierarchy operators. Accounts: Contoso → Fabrikam → Adventure Works (parentaccountid); Litware and
/// northwind traders stand alone. Users: Diane Director → Mark Manager → Rita Rep (parentsystemuserid);
/// Oscar Outsider stands alone. Accounts are owned by Rita (Contoso, northwind), Mark (Fabrikam),
/// Diane (Adventure Works) and Oscar (Litware).
/// </summary>
[TestClass]
public sealed class HierarchyOperatorTests
{
    [TestMethod]
    [DataRow("under", "a0000000-0000-0000-0000-000000000001", "Adventure Works|Fabrikam")]
    [DataRow("eq-or-under", "a0000000-0000-0000-0000-000000000001", "Adventure Works|Contoso|Fabrikam")]
    [DataRow("not-under", "a0000000-0000-0000-0000-000000000001", "Contoso|Litware|northwind traders")]
    [DataRow("above", "a0000000-0000-0000-0000-000000000003", "Contoso|Fabrikam")]
    [DataRow("eq-or-above", "a0000000-0000-0000-0000-000000000002", "Contoso|Fabrikam")]
    [DataRow("under", "a0000000-0000-0000-0000-000000000004", "")]
    public void Account_hierarchy_operators_follow_parentaccountid(string op, string account, string expected)
    {
        var data = new SalesData();
        var result = data.Fetch($@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <filter><condition attribute='accountid' operator='{op}' value='{account}' /></filter>
            </entity></fetch>");

        Assert.AreEqual(expected, string.Join("|", Names(result)));
    }

    [TestMethod]
    [DataRow("50000000-0000-0000-0000-000000000001", "Adventure Works|Contoso|Fabrikam|northwind traders")]
    [DataRow("50000000-0000-0000-0000-000000000002", "Contoso|Fabrikam|northwind traders")]
    [DataRow("50000000-0000-0000-0000-000000000003", "Contoso|northwind traders")]
    [DataRow("50000000-0000-0000-0000-000000000004", "Litware")]
    public void Eq_useroruserhierarchy_matches_records_of_the_caller_and_everyone_below(string caller, string expected)
    {
        var data = new SalesData();
        data.Source.CallerId = new Guid(caller);
        var result = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <filter><condition attribute='ownerid' operator='eq-useroruserhierarchy' /></filter>
            </entity></fetch>");

        Assert.AreEqual(expected, string.Join("|", Names(result)));
    }

    [TestMethod]
    public void QueryExpression_hierarchy_operators_take_a_guid()
    {
        var data = new SalesData();
        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("fullname") };
        query.AddOrder("fullname", OrderType.Ascending);
        query.Criteria.AddCondition("systemuserid", ConditionOperator.Under, Director);

        Assert.AreEqual("Mark Manager|Rita Rep", string.Join("|", Names(data.Query(query), "fullname")));
    }

    [TestMethod]
    public void A_cycle_in_the_hierarchy_ends_the_walk()
    {
        var source = new FakeQuerySource();
        var users = source.AddTable("systemuser", "systemuserid", "fullname", "parentsystemuserid")
            .Column("fullname", QueryColumnKind.Text).Column("parentsystemuserid", QueryColumnKind.Lookup);
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        users.Add(first, ("fullname", "First"), ("parentsystemuserid", User(second)));
        users.Add(second, ("fullname", "Second"), ("parentsystemuserid", User(first)));
        var engine = new QueryEngine(source);

        var under = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("fullname") };
        under.Criteria.AddCondition("systemuserid", ConditionOperator.Under, first);
        var above = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("fullname") };
        above.Criteria.AddCondition("systemuserid", ConditionOperator.Above, first);

        Assert.AreEqual("Second", string.Join("|", Names(engine.RetrieveMultiple(under), "fullname")));
        Assert.AreEqual("Second", string.Join("|", Names(engine.RetrieveMultiple(above), "fullname")));
    }
}
