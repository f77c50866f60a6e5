using System;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Tests.Emulator.Conformance;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator;

/// <summary>Tables as data: the standard ones, custom tables and columns, and what registration checks against them.</summary>
[TestClass]
public sealed class MetadataTests
{
    [TestMethod]
    [DataRow("systemuser", "systemuserid", "fullname")]
    [DataRow("businessunit", "businessunitid", "name")]
    [DataRow("team", "teamid", "name")]
    [DataRow("role", "roleid", "name")]
    [DataRow("account", "accountid", "name")]
    [DataRow("contact", "contactid", "fullname")]
    [DataRow("opportunity", "opportunityid", "name")]
    [DataRow("opportunityclose", "activityid", "subject")]
    [DataRow("activitypointer", "activityid", "subject")]
    [DataRow("email", "activityid", "subject")]
    [DataRow("phonecall", "activityid", "subject")]
    [DataRow("task", "activityid", "subject")]
    [DataRow("appointment", "activityid", "subject")]
    [DataRow("environmentvariabledefinition", "environmentvariabledefinitionid", "schemaname")]
    [DataRow("environmentvariablevalue", "environmentvariablevalueid", "schemaname")]
    [DataRow("transactioncurrency", "transactioncurrencyid", "currencyname")]
    public void The_standard_tables_are_there(string table, string primaryId, string primaryName)
    {
        var definition = MetadataCatalog.CreateStandard().Table(table);
        Assert.AreEqual(primaryId, definition.PrimaryIdAttribute);
        Assert.AreEqual(primaryName, definition.PrimaryNameAttribute);
    }

    [TestMethod]
    public void The_opportunity_state_model_is_the_platforms()
    {
        var opportunity = MetadataCatalog.CreateStandard().Table("opportunity");
        CollectionAssert.AreEqual(new[] { "Open", "Won", "Lost" }, opportunity.States.Select(state => state.Label).ToArray());
        CollectionAssert.AreEqual(new[] { 1, 3, 4 }, opportunity.States.Select(state => state.DefaultStatus).ToArray());
        CollectionAssert.AreEqual(new[] { 0, 0, 1, 2, 2 }, opportunity.Statuses.Select(status => status.State).ToArray());
        CollectionAssert.AreEqual(new[] { "Qualify", "Develop", "Propose", "Close" }, opportunity.FindColumn("salesstage")!.Options.Select(option => option.Label).ToArray());
    }

    [TestMethod]
    public void A_custom_table_gets_the_system_columns()
    {
        var table = TableBuilder.Define("cri_coachingsession", primaryName: "cri_name", primaryNameMaxLength: 200)
            .Lookup("cri_repid", "systemuser")
            .DateTime("cri_scheduledstart")
            .Build();
        foreach (var column in new[] { "cri_coachingsessionid", "cri_name", "createdon", "createdby", "modifiedon", "modifiedby", "ownerid", "owningbusinessunit", "statecode", "statuscode", "versionnumber" })
        {
            Assert.IsTrue(table.HasColumn(column), column);
        }

        CollectionAssert.AreEqual(new[] { "Active", "Inactive" }, table.States.Select(state => state.Label).ToArray());
    }

    [TestMethod]
    public void A_custom_activity_table_regarding_an_opportunity_shows_in_activitypointer()
    {
        var team = new SalesTeam();
        team.Org.Metadata.Add(TableBuilder.Define("cri_helprequest", primaryName: null)
            .Activity()
            .Column(ColumnDefinition.Choice("cri_urgency", new OptionDefinition(1, "Non-urgent"), new OptionDefinition(2, "Urgent")))
            .MultilineText("cri_problem")
            .Build());
        var opportunity = team.Opportunity();
        var id = team.AsRep.Create(new Entity("cri_helprequest")
        {
            ["subject"] = "Need a discount decision",
            ["cri_urgency"] = new OptionSetValue(1),
            ["regardingobjectid"] = new EntityReference("opportunity", opportunity),
        });
        Assert.AreEqual("cri_helprequest", team.Org.Read("activitypointer", id)!["activitytypecode"]);
        Assert.AreEqual("Non-urgent", team.Org.Read("cri_helprequest", id)!.FormattedValues["cri_urgency"]);
        SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Create(new Entity("cri_helprequest")
        {
            ["subject"] = "Regarding a user?",
            ["regardingobjectid"] = team.Rep.ToEntityReference(),
        }));
    }

    [TestMethod]
    public void Columns_can_be_added_to_a_standard_table()
    {
        var team = new SalesTeam();
        team.Org.Metadata.AddColumns(
            "opportunity",
            ColumnDefinition.Choice("cri_approvalstatus", new OptionDefinition(1, "Not required"), new OptionDefinition(2, "Required")),
            ColumnDefinition.Lookup("cri_approvedby", "systemuser"));
        var id = team.AsRep.Create(new Entity("opportunity") { ["name"] = "Deal", ["cri_approvalstatus"] = new OptionSetValue(2), ["cri_approvedby"] = team.Manager.ToEntityReference() });
        var read = team.AsRep.Retrieve("opportunity", id, new ColumnSet("cri_approvalstatus", "cri_approvedby"));
        Assert.AreEqual("Required", read.FormattedValues["cri_approvalstatus"]);
        Assert.AreEqual("Max Manager", read.GetAttributeValue<EntityReference>("cri_approvedby").Name);
    }

    [TestMethod]
    public void A_custom_lookup_has_a_one_to_many_relationship_named_after_it()
    {
        var team = new SalesTeam();
        team.Org.Metadata.Add(TableBuilder.Define("cri_coachingtopic", primaryName: "cri_name").Lookup("cri_opportunityid", "opportunity").Build());
        var opportunity = team.Opportunity();
        var topic = team.AsRep.Create(new Entity("cri_coachingtopic") { ["cri_name"] = "Discounting" });
        team.AsRep.Associate("opportunity", opportunity, new Relationship("opportunity_cri_coachingtopic_cri_opportunityid"), new EntityReferenceCollection { new EntityReference("cri_coachingtopic", topic) });
        Assert.AreEqual(opportunity, team.Org.Read("cri_coachingtopic", topic)!.GetAttributeValue<EntityReference>("cri_opportunityid").Id);
    }

    [TestMethod]
    [DataRow("cri_nosuchtable", "name", "", "does not have")]
    [DataRow("account", "nosuchcolumn", "", "filters on column 'nosuchcolumn'")]
    [DataRow("account", "name", "nosuchcolumn", "column 'nosuchcolumn' in image")]
    public void A_step_naming_what_the_org_does_not_have_is_refused(string table, string filteringAttribute, string imageColumn, string expected)
    {
        var team = new SalesTeam();
        var images = imageColumn.Length == 0
            ? Array.Empty<ImageRegistration>()
            : new[] { new ImageRegistration(Guid.NewGuid(), ImageKind.PreImage, "pre", new[] { imageColumn }) };
        var exception = Assert.ThrowsExactly<InvalidOperationException>(() =>
            team.Org.Register(PlatformPipelineTests.HandMade("Update", table, PipelineStage.PreOperation, new[] { filteringAttribute }, images)));
        StringAssert.Contains(exception.Message, expected);
    }

    [TestMethod]
    public void A_key_on_a_missing_column_is_refused_when_the_table_is_built()
    {
        Assert.ThrowsExactly<ArgumentException>(() => TableBuilder.Define("cri_bad").AlternateKey("k", "cri_missing").Build());
    }
}
