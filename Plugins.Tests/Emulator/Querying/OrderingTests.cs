using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static CrmIndependence.Plugins.Tests.Emulator.Querying.SalesData;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>
/// Ordering as Dataverse orders: choices by label (Accounting &lt; Manufacturing &lt; Zoning, although
/// their values are 2, 3, 1), lookups by the related record's name, text ignoring case, nulls first.
/// </summary>
[TestClass]
public sealed class OrderingTests
{
    [TestMethod]
    public void Choices_order_by_label_with_nulls_first()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' />
              <order attribute='industrycode' /><order attribute='name' />
            </entity></fetch>");

        Assert.AreEqual("northwind traders|Fabrikam|Litware|Adventure Works|Contoso", string.Join("|", Names(result)));
    }

    [TestMethod]
    public void Useraworderby_orders_choices_by_value()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch useraworderby='true'><entity name='account'><attribute name='name' />
              <order attribute='industrycode' /><order attribute='name' />
            </entity></fetch>");

        Assert.AreEqual("northwind traders|Contoso|Fabrikam|Litware|Adventure Works", string.Join("|", Names(result)));
    }

    [TestMethod]
    public void Lookups_order_by_the_related_records_name()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("ownerid", OrderType.Ascending);
        query.AddOrder("name", OrderType.Descending);

        // Diane Director, Mark Manager, Oscar Outsider, Rita Rep (twice: names descending).
        Assert.AreEqual("Adventure Works|Fabrikam|Litware|northwind traders|Contoso", string.Join("|", Names(data.Query(query))));
    }

    [TestMethod]
    public void Descending_puts_nulls_last()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("numberofemployees", OrderType.Descending);

        Assert.AreEqual("Fabrikam|northwind traders|Contoso|Adventure Works|Litware", string.Join("|", Names(data.Query(query))));
    }

    [TestMethod]
    public void Ascending_puts_nulls_first()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("revenue", OrderType.Ascending);

        Assert.AreEqual("Adventure Works|Litware|northwind traders|Contoso|Fabrikam", string.Join("|", Names(data.Query(query))));
    }

    [TestMethod]
    public void Text_orders_ignoring_case()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);

        Assert.AreEqual("Adventure Works|Contoso|Fabrikam|Litware|northwind traders", string.Join("|", Names(data.Query(query))));
    }

    [TestMethod]
    public void State_orders_by_label_then_the_next_order_breaks_ties()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("statecode", OrderType.Descending);
        query.AddOrder("name", OrderType.Ascending);

        Assert.AreEqual("Adventure Works|Contoso|Fabrikam|Litware|northwind traders", string.Join("|", Names(data.Query(query))));
    }

    [TestMethod]
    public void Orders_on_linked_columns_apply_after_the_roots()
    {
        var data = new SalesData();
        var fetch = data.Fetch(@"
            <fetch><entity name='contact'><attribute name='fullname' />
              <link-entity name='systemuser' from='systemuserid' to='ownerid' alias='owner'>
                <order attribute='fullname' descending='true' />
              </link-entity>
              <order attribute='fullname' descending='true' />
            </entity></fetch>");
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        var link = query.AddLink("systemuser", "ownerid", "systemuserid");
        link.EntityAlias = "owner";
        link.Orders.Add(new OrderExpression("fullname", OrderType.Ascending));

        Assert.AreEqual("Dana Dean|Carl Clark|Bob Brown|Anna Adams", string.Join("|", Names(fetch, "fullname")));
        Assert.AreEqual("Bob Brown|Dana Dean|Anna Adams|Carl Clark", string.Join("|", Names(data.Query(query), "fullname")));
    }

    [TestMethod]
    public void An_order_may_name_a_linked_column_by_entityname()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' />
              <link-entity name='contact' from='contactid' to='primarycontactid' alias='pc' />
              <order entityname='pc' attribute='fullname' descending='true' />
            </entity></fetch>");

        Assert.AreEqual("Fabrikam|Contoso", string.Join("|", Names(result)));
    }

    [TestMethod]
    public void Rows_without_an_order_come_in_a_stable_primary_key_order()
    {
        var data = new SalesData();
        var first = data.Query(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });
        var second = data.Query(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });

        Assert.AreEqual("Contoso|Fabrikam|Adventure Works|Litware|northwind traders", string.Join("|", Names(first)));
        CollectionAssert.AreEqual(Names(first), Names(second));
        Assert.AreEqual(Contoso, first.Entities[0].Id);
        Assert.IsInstanceOfType<Entity>(first.Entities[0]);
    }
}
