using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static CrmIndependence.Plugins.Tests.Emulator.Querying.SalesData;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>What a result row holds: the key, the asked columns that have a value, names and labels.</summary>
[TestClass]
public sealed class ColumnsAndValuesTests
{
    private static Entity Contoso(SalesData data, params string[] columns)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet(columns) };
        query.Criteria.AddCondition("accountid", ConditionOperator.Equal, SalesData.Contoso);
        return data.Query(query).Entities.Single();
    }

    [TestMethod]
    public void The_primary_key_is_always_returned_and_sets_the_id()
    {
        var data = new SalesData();
        var contoso = Contoso(data);

        Assert.AreEqual(SalesData.Contoso, contoso.Id);
        Assert.AreEqual(SalesData.Contoso, contoso["accountid"]);
        Assert.AreEqual(1, contoso.Attributes.Count);
        Assert.AreEqual("account", contoso.LogicalName);
    }

    [TestMethod]
    public void Null_columns_are_left_out()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "revenue") };
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "Adventure Works");

        var adventureWorks = data.Query(query).Entities.Single();

        Assert.IsTrue(adventureWorks.Contains("name"));
        Assert.IsFalse(adventureWorks.Contains("revenue"));
    }

    [TestMethod]
    public void Lookups_carry_the_related_records_current_name()
    {
        var data = new SalesData();
        var contoso = Contoso(data, "ownerid", "primarycontactid");

        Assert.AreEqual("Rita Rep", contoso.GetAttributeValue<EntityReference>("ownerid").Name);
        Assert.AreEqual("Anna Adams", contoso.GetAttributeValue<EntityReference>("primarycontactid").Name);
        Assert.AreEqual("Anna Adams", contoso.FormattedValues["primarycontactid"]);
    }

    [TestMethod]
    public void Choices_states_statuses_and_booleans_have_formatted_labels()
    {
        var data = new SalesData();
        var contoso = Contoso(data, "industrycode", "statecode", "statuscode", "donotemail", "revenue");

        Assert.AreEqual(Zoning, contoso.GetAttributeValue<OptionSetValue>("industrycode").Value);
        Assert.AreEqual("Zoning", contoso.FormattedValues["industrycode"]);
        Assert.AreEqual("Active", contoso.FormattedValues["statecode"]);
        Assert.AreEqual("Active", contoso.FormattedValues["statuscode"]);
        Assert.AreEqual("Allow", contoso.FormattedValues["donotemail"]);
        Assert.AreEqual(1000m, contoso.GetAttributeValue<Money>("revenue").Value);
    }

    [TestMethod]
    public void Results_are_fresh_objects_and_never_the_stored_rows()
    {
        var data = new SalesData();
        var first = Contoso(data, "ownerid", "industrycode", "revenue");
        first.GetAttributeValue<EntityReference>("ownerid").Id = System.Guid.Empty;
        first.GetAttributeValue<OptionSetValue>("industrycode").Value = 99;
        first.GetAttributeValue<Money>("revenue").Value = 0m;
        first["name"] = "changed";

        var stored = data.Source["account"].Find(SalesData.Contoso)!;
        var second = Contoso(data, "ownerid", "industrycode", "revenue", "name");

        Assert.AreNotSame(stored, second);
        Assert.AreEqual(Rep, second.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.AreEqual(Zoning, second.GetAttributeValue<OptionSetValue>("industrycode").Value);
        Assert.AreEqual(1000m, second.GetAttributeValue<Money>("revenue").Value);
        Assert.AreEqual("Contoso", second["name"]);
        Assert.IsNull(((EntityReference)stored["ownerid"]).Name, "the stored reference was not given a name");
    }

    [TestMethod]
    public void All_columns_returns_every_column_with_a_value()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "Adventure Works");

        var adventureWorks = data.Query(query).Entities.Single();

        CollectionAssert.AreEquivalent(
            new[] { "accountid", "name", "numberofemployees", "industrycode", "statecode", "statuscode", "parentaccountid", "ownerid", "owningbusinessunit", "createdon" },
            adventureWorks.Attributes.Keys.ToArray());
    }

    [TestMethod]
    public void An_attribute_alias_returns_an_aliased_value()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' alias='title' />
              <filter><condition attribute='accountid' operator='eq' value='a0000000-0000-0000-0000-000000000002' /></filter>
            </entity></fetch>").Entities.Single();

        var title = result.GetAttributeValue<AliasedValue>("title");
        Assert.AreEqual("Fabrikam", title.Value);
        Assert.AreEqual("name", title.AttributeLogicalName);
        Assert.IsFalse(result.Contains("name"));
    }

    [TestMethod]
    public void QueryByAttribute_is_an_and_of_equalities()
    {
        var data = new SalesData();
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name") };
        query.AddAttributeValue("statecode", 0);
        query.AddAttributeValue("ownerid", Rep);
        query.AddOrder("name", OrderType.Descending);

        Assert.AreEqual("northwind traders|Contoso", string.Join("|", Names(data.Query(query))));
    }

    [TestMethod]
    public void The_collection_names_its_table()
    {
        var data = new SalesData();

        Assert.AreEqual("contact", data.Fetch("<fetch><entity name='contact' /></fetch>").EntityName);
    }
}
