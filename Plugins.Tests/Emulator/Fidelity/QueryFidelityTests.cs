using System.Linq;
using CrmIndependence.Emulator;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Fidelity;

/// <summary>Query operators and link types Microsoft documents that the engine now answers.</summary>
[TestClass]
public sealed class QueryFidelityTests
{
    // Learn, FetchXml condition operators (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators):
    // eq-userteams matches records owned by a team the user is a member of; eq-useroruserteams also the user's own.
    [TestMethod]
    public void Eq_userteams_finds_rows_owned_by_the_callers_teams_and_eq_useroruserteams_the_callers_own_too()
    {
        var team = new SalesTeam();
        var east = team.Org.Teams.Add("East", team.Rep);
        var west = team.Org.Teams.Add("West", team.Peer);
        var ownedByEast = team.Org.Seed(new Entity("account") { ["name"] = "East deal", ["ownerid"] = east.ToEntityReference() });
        team.Org.Seed(new Entity("account") { ["name"] = "West deal", ["ownerid"] = west.ToEntityReference() });
        var ownedByRep = team.Org.Seed(new Entity("account") { ["name"] = "Rep's own", ["ownerid"] = team.Rep.ToEntityReference() });
        team.Org.Seed(new Entity("account") { ["name"] = "Peer's own", ["ownerid"] = team.Peer.ToEntityReference() });

        var teams = team.AsRep.RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='ownerid' operator='eq-userteams' /></filter></entity></fetch>"));
        CollectionAssert.AreEqual(new[] { ownedByEast }, teams.Entities.Select(row => row.Id).ToArray());

        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("ownerid", ConditionOperator.EqualUserOrUserTeams);
        CollectionAssert.AreEquivalent(new[] { ownedByEast, ownedByRep }, team.AsRep.RetrieveMultiple(query).Entities.Select(row => row.Id).ToArray());
    }

    [TestMethod]
    public void Eq_userteams_takes_no_value_and_needs_an_id_column()
    {
        var team = new SalesTeam();
        SalesTeam.Fault(Faults.QueryBuilderInvalidConditionOperator, () => team.AsRep.RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='account'><filter><condition attribute='name' operator='eq-userteams' /></filter></entity></fetch>")));
        SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='account'><filter><condition attribute='ownerid' operator='eq-userteams' value='x' /></filter></entity></fetch>")));
    }

    // Learn, link-entity element, link-type options (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/link-entity):
    // all = every related row satisfies the link's filter (parents with no related rows included); not all = at
    // least one related row does not. A related row whose filtered column is null neither satisfies nor fails it (SQL's NOT).
    [TestMethod]
    public void Link_types_all_and_not_all_follow_the_documented_meaning()
    {
        var team = new SalesTeam();
        var allContoso = team.Account("All Contoso");
        var mixed = team.Account("Mixed");
        var none = team.Account("No contacts");
        var unnamed = team.Account("Only a contact without a name");
        team.Contact("Contoso", allContoso);
        team.Contact("Contoso", allContoso);
        team.Contact("Contoso", mixed);
        team.Contact("Fabrikam", mixed);
        team.Org.Seed(new Entity("contact") { ["firstname"] = "No", ["parentcustomerid"] = new EntityReference("account", unnamed) }, team.Rep);

        string Fetch(string linkType) =>
            "<fetch><entity name='account'><attribute name='name' /><filter>"
            + $"<link-entity name='contact' from='parentcustomerid' to='accountid' link-type='{linkType}'>"
            + "<filter><condition attribute='lastname' operator='eq' value='Contoso' /></filter></link-entity>"
            + "</filter></entity></fetch>";

        var all = team.AsRep.RetrieveMultiple(new FetchExpression(Fetch("all"))).Entities.Select(row => row.Id).ToArray();
        CollectionAssert.AreEquivalent(new[] { allContoso, none, unnamed }, all, "every contact is Contoso; none at all counts; a null last name does not fail the filter");

        var notAll = team.AsRep.RetrieveMultiple(new FetchExpression(Fetch("not all"))).Entities.Select(row => row.Id).ToArray();
        CollectionAssert.AreEqual(new[] { mixed }, notAll, "some contact is not Contoso");

        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        var link = query.AddLink("contact", "accountid", "parentcustomerid", JoinOperator.NotAll);
        link.LinkCriteria.AddCondition("lastname", ConditionOperator.Equal, "Contoso");
        CollectionAssert.AreEqual(new[] { mixed }, team.AsRep.RetrieveMultiple(query).Entities.Select(row => row.Id).ToArray(), "the same through QueryExpression");
    }

    [TestMethod]
    public void An_all_link_without_a_filter_keeps_every_parent_and_a_not_all_link_none()
    {
        var team = new SalesTeam();
        var withContact = team.Account("With contact");
        team.Contact("Adams", withContact);
        var without = team.Account("Without");

        string Fetch(string linkType) =>
            $"<fetch><entity name='account'><link-entity name='contact' from='parentcustomerid' to='accountid' link-type='{linkType}' /></entity></fetch>";

        CollectionAssert.AreEquivalent(new[] { withContact, without }, team.AsRep.RetrieveMultiple(new FetchExpression(Fetch("all"))).Entities.Select(row => row.Id).ToArray());
        Assert.IsEmpty(team.AsRep.RetrieveMultiple(new FetchExpression(Fetch("not all"))).Entities);
    }

    [TestMethod]
    public void An_all_link_with_an_operator_the_engine_cannot_negate_is_refused()
    {
        var team = new SalesTeam();
        SalesTeam.Fault(Faults.QueryBuilderNotSupported, () => team.AsRep.RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='account'><link-entity name='contact' from='parentcustomerid' to='accountid' link-type='all'>"
            + "<filter><condition attribute='createdon' operator='today' /></filter></link-entity></entity></fetch>")));
    }

    // Learn, link-entity element: from and to are "not technically required". A missing from is the linked
    // table's primary key, a missing to the parent's; with neither, the one relationship between the tables.
    [TestMethod]
    public void A_link_without_from_joins_on_the_linked_tables_primary_key()
    {
        var team = new SalesTeam();
        var contoso = team.Account("Contoso");
        team.Contact("Adams", contoso);

        var rows = team.AsRep.RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='contact'><attribute name='lastname' />"
            + "<link-entity name='account' to='parentcustomerid' alias='a'><attribute name='name' /></link-entity></entity></fetch>")).Entities;

        Assert.AreEqual("Contoso", rows.Single().GetAttributeValue<AliasedValue>("a.name").Value);
    }

    [TestMethod]
    public void A_link_without_to_joins_on_the_parents_primary_key()
    {
        var team = new SalesTeam();
        var contoso = team.Account("Contoso");
        team.Contact("Adams", contoso);
        team.Account("Fabrikam");

        var rows = team.AsRep.RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='account'><attribute name='name' />"
            + "<link-entity name='contact' from='parentcustomerid' alias='c'><attribute name='lastname' /></link-entity></entity></fetch>")).Entities;

        Assert.AreEqual("Contoso", rows.Single()["name"]);
        Assert.AreEqual("Adams", rows.Single().GetAttributeValue<AliasedValue>("c.lastname").Value);
    }

    [TestMethod]
    public void A_link_without_from_and_to_follows_the_one_relationship_between_the_tables()
    {
        var team = new SalesTeam();
        var policy = team.Org.Seed(new Entity("environmentvariabledefinition") { ["schemaname"] = "cri_policy" });
        team.Org.Seed(new Entity("environmentvariabledefinition") { ["schemaname"] = "cri_other" });
        team.Org.Seed(new Entity("environmentvariablevalue") { ["value"] = "{}", ["environmentvariabledefinitionid"] = new EntityReference("environmentvariabledefinition", policy) });

        var rows = team.AsRep.RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='environmentvariabledefinition'><attribute name='schemaname' />"
            + "<link-entity name='environmentvariablevalue' alias='v'><attribute name='value' /></link-entity></entity></fetch>")).Entities;

        Assert.AreEqual("cri_policy", rows.Single()["schemaname"], "the definition's values point at it through environmentvariabledefinitionid");
        Assert.AreEqual("{}", rows.Single().GetAttributeValue<AliasedValue>("v.value").Value);

        var users = team.AsRep.RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='systemuser'><attribute name='fullname' /><link-entity name='teammembership' link-type='any' /></entity></fetch>")).Entities;
        Assert.IsEmpty(users, "through the N:N intersect table: nobody is in a team yet");
    }

    [TestMethod]
    public void A_link_without_from_and_to_between_tables_joined_several_ways_is_refused_naming_the_choices()
    {
        var team = new SalesTeam();
        var fault = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='account'><link-entity name='systemuser' /></entity></fetch>")));

        StringAssert.Contains(fault.Message, "to='createdby' from='systemuserid'");
        StringAssert.Contains(fault.Message, "Set from and to to say which.");
    }
}
