using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static CrmIndependence.Plugins.Tests.Emulator.Querying.SalesData;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>
/// Link-entities. Primary contacts: Contoso → Anna, Fabrikam → Bob; the others have none. Contacts'
/// parent customers: Anna and Carl → Contoso, Bob → Fabrikam, Dana → none.
/// </summary>
[TestClass]
public sealed class LinkEntityTests
{
    [TestMethod]
    public void Inner_link_returns_matched_rows_with_linked_columns_as_aliased_values()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <link-entity name='contact' from='contactid' to='primarycontactid' alias='pc'>
                <attribute name='fullname' />
              </link-entity>
            </entity></fetch>");

        Assert.AreEqual("Contoso|Fabrikam", string.Join("|", Names(result)));
        var contact = result.Entities[0].GetAttributeValue<AliasedValue>("pc.fullname");
        Assert.AreEqual("contact", contact.EntityLogicalName);
        Assert.AreEqual("fullname", contact.AttributeLogicalName);
        Assert.AreEqual("Anna Adams", contact.Value);
    }

    [TestMethod]
    public void A_link_without_alias_is_named_after_its_table_and_position()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);
        query.AddLink("contact", "primarycontactid", "contactid").Columns = new ColumnSet("fullname");
        query.AddLink("systemuser", "ownerid", "systemuserid").Columns = new ColumnSet("fullname");

        var contoso = data.Query(query).Entities[0];

        Assert.AreEqual("Anna Adams", contoso.GetAttributeValue<AliasedValue>("contact1.fullname").Value);
        Assert.AreEqual("Rita Rep", contoso.GetAttributeValue<AliasedValue>("systemuser2.fullname").Value);
    }

    [TestMethod]
    public void Outer_link_keeps_rows_without_a_match()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <link-entity name='contact' from='contactid' to='primarycontactid' link-type='outer' alias='pc'>
                <attribute name='fullname' />
              </link-entity>
            </entity></fetch>");

        Assert.AreEqual("Adventure Works|Contoso|Fabrikam|Litware|northwind traders", string.Join("|", Names(result)));
        Assert.IsFalse(result.Entities[0].Contains("pc.fullname"));
        Assert.AreEqual("Anna Adams", result.Entities[1].GetAttributeValue<AliasedValue>("pc.fullname").Value);
    }

    [TestMethod]
    public void Outer_link_criteria_restrict_the_join_not_the_parent_rows()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);
        var link = query.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);
        link.EntityAlias = "pc";
        link.Columns = new ColumnSet("fullname");
        link.LinkCriteria.AddCondition("emailaddress1", ConditionOperator.Like, "%contoso%");

        var result = data.Query(query);

        Assert.AreEqual(5, result.Entities.Count);
        Assert.AreEqual("Contoso", string.Join("|", result.Entities.Where(e => e.Contains("pc.fullname")).Select(e => e["name"])));
    }

    [TestMethod]
    public void A_root_condition_on_an_outer_link_finds_rows_without_a_match()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <link-entity name='contact' from='contactid' to='primarycontactid' link-type='outer' alias='pc' />
              <filter><condition entityname='pc' attribute='contactid' operator='null' /></filter>
            </entity></fetch>");

        Assert.AreEqual("Adventure Works|Litware|northwind traders", string.Join("|", Names(result)));
    }

    [TestMethod]
    public void Inner_link_criteria_filter_the_parent_rows()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        var link = query.AddLink("contact", "primarycontactid", "contactid");
        link.LinkCriteria.AddCondition("fullname", ConditionOperator.BeginsWith, "bob");

        Assert.AreEqual("Fabrikam", string.Join("|", Names(data.Query(query))));
    }

    [TestMethod]
    public void A_one_to_many_link_returns_a_row_per_related_row()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <link-entity name='contact' from='parentcustomerid' to='accountid' alias='c'>
                <attribute name='fullname' /><order attribute='fullname' descending='true' />
              </link-entity>
            </entity></fetch>");

        Assert.AreEqual("Contoso|Contoso|Fabrikam", string.Join("|", Names(result)));
        Assert.AreEqual("Carl Clark|Anna Adams|Bob Brown",
            string.Join("|", result.Entities.Select(e => e.GetAttributeValue<AliasedValue>("c.fullname").Value)));
    }

    [TestMethod]
    [DataRow("any", "Contoso")]
    [DataRow("exists", "Contoso")]
    [DataRow("in", "Contoso")]
    [DataRow("not any", "Adventure Works|Fabrikam|Litware|northwind traders")]
    public void Semi_join_link_types_filter_without_multiplying_rows(string linkType, string expected)
    {
        var data = new SalesData();
        var result = data.Fetch($@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <link-entity name='contact' from='parentcustomerid' to='accountid' link-type='{linkType}'>
                <filter><condition attribute='emailaddress1' operator='like' value='%@contoso.com' /></filter>
              </link-entity>
            </entity></fetch>");

        Assert.AreEqual(expected, string.Join("|", Names(result)));
    }

    [TestMethod]
    public void QueryExpression_NotAny_finds_accounts_without_contacts()
    {
        var data = new SalesData();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);
        query.AddLink("contact", "accountid", "parentcustomerid", JoinOperator.NotAny);

        Assert.AreEqual("Adventure Works|Litware|northwind traders", string.Join("|", Names(data.Query(query))));
    }

    [TestMethod]
    public void An_any_link_inside_an_or_filter_is_one_alternative()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <filter type='or'>
                <condition attribute='name' operator='eq' value='Litware' />
                <link-entity name='contact' from='parentcustomerid' to='accountid' link-type='any'>
                  <filter><condition attribute='fullname' operator='eq' value='Bob Brown' /></filter>
                </link-entity>
              </filter>
            </entity></fetch>");

        Assert.AreEqual("Fabrikam|Litware", string.Join("|", Names(result)));
    }

    [TestMethod]
    public void Nested_links_join_through_the_parent_link()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' /><order attribute='name' />
              <link-entity name='contact' from='contactid' to='primarycontactid' alias='pc'>
                <link-entity name='systemuser' from='systemuserid' to='ownerid' alias='owner'>
                  <attribute name='fullname' />
                </link-entity>
              </link-entity>
            </entity></fetch>");

        Assert.AreEqual("Rita Rep|Mark Manager",
            string.Join("|", result.Entities.Select(e => e.GetAttributeValue<AliasedValue>("owner.fullname").Value)));
    }

    [TestMethod]
    public void Root_conditions_reach_linked_columns_by_alias_or_table_name()
    {
        var data = new SalesData();
        var byAlias = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        byAlias.AddLink("contact", "primarycontactid", "contactid").EntityAlias = "pc";
        byAlias.Criteria.AddCondition("pc", "fullname", ConditionOperator.Equal, "Bob Brown");
        var byTable = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        byTable.AddLink("contact", "primarycontactid", "contactid");
        byTable.Criteria.AddCondition("contact", "fullname", ConditionOperator.Equal, "Bob Brown");

        Assert.AreEqual("Fabrikam", string.Join("|", Names(data.Query(byAlias))));
        Assert.AreEqual("Fabrikam", string.Join("|", Names(data.Query(byTable))));
    }

    [TestMethod]
    public void Linked_all_attributes_come_back_aliased_with_the_key()
    {
        var data = new SalesData();
        var result = data.Fetch(@"
            <fetch><entity name='account'><attribute name='name' />
              <filter><condition attribute='name' operator='eq' value='Fabrikam' /></filter>
              <link-entity name='contact' from='contactid' to='primarycontactid' alias='pc'><all-attributes /></link-entity>
            </entity></fetch>");

        var fabrikam = result.Entities.Single();
        Assert.AreEqual(Bob, fabrikam.GetAttributeValue<AliasedValue>("pc.contactid").Value);
        Assert.AreEqual("bob@fabrikam.com", fabrikam.GetAttributeValue<AliasedValue>("pc.emailaddress1").Value);
        var owner = (EntityReference)fabrikam.GetAttributeValue<AliasedValue>("pc.ownerid").Value;
        Assert.AreEqual("Mark Manager", owner.Name);
    }
}
