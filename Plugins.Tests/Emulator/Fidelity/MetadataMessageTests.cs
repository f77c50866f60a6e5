using System;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Metadata;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Metadata;

namespace CrmIndependence.Plugins.Tests.Emulator.Fidelity;

/// <summary>
/// RetrieveEntity, RetrieveAttribute and RetrieveOptionSet answered from the org's own tables, as Learn's
/// "Query schema definitions" describes them (https://learn.microsoft.com/power-apps/developer/data-platform/query-schema-definitions).
/// </summary>
[TestClass]
public sealed class MetadataMessageTests
{
    // Learn, RetrieveEntityRequest (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveentityrequest):
    // EntityFilters picks what comes back; Entity alone leaves Attributes null.
    [TestMethod]
    public void RetrieveEntity_describes_a_table_and_its_columns_when_asked()
    {
        var team = new SalesTeam();

        var bare = ((RetrieveEntityResponse)team.AsRep.Execute(new RetrieveEntityRequest { LogicalName = "account", EntityFilters = EntityFilters.Entity })).EntityMetadata;
        Assert.AreEqual("account", bare.LogicalName);
        Assert.AreEqual("accountid", bare.PrimaryIdAttribute);
        Assert.AreEqual("name", bare.PrimaryNameAttribute);
        Assert.AreEqual(1, bare.ObjectTypeCode);
        Assert.AreEqual(OwnershipTypes.UserOwned, bare.OwnershipType);
        Assert.IsFalse(bare.IsCustomEntity!.Value);
        Assert.IsNull(bare.Attributes, "columns only with EntityFilters.Attributes");

        var full = ((RetrieveEntityResponse)team.AsRep.Execute(new RetrieveEntityRequest { LogicalName = "account", EntityFilters = EntityFilters.Attributes | EntityFilters.Relationships })).EntityMetadata;
        var name = (StringAttributeMetadata)full.Attributes.Single(column => column.LogicalName == "name");
        Assert.AreEqual(160, name.MaxLength);
        Assert.IsTrue(name.IsPrimaryName!.Value);
        var industry = (PicklistAttributeMetadata)full.Attributes.Single(column => column.LogicalName == "industrycode");
        Assert.AreEqual("Consulting", industry.OptionSet.Options.Single(option => option.Value == 7).Label.UserLocalizedLabel.Label);
        var owner = (LookupAttributeMetadata)full.Attributes.Single(column => column.LogicalName == "ownerid");
        Assert.AreEqual(AttributeTypeCode.Owner, owner.AttributeType);
        CollectionAssert.AreEquivalent(new[] { "systemuser", "team" }, owner.Targets);
        Assert.IsFalse(full.Attributes.Single(column => column.LogicalName == "createdon").IsValidForCreate!.Value, "the platform writes createdon");
        var state = (StateAttributeMetadata)full.Attributes.Single(column => column.LogicalName == "statecode");
        Assert.AreEqual(2, ((StateOptionMetadata)state.OptionSet.Options.Single(option => option.Value == 1)).DefaultStatus);
        Assert.IsTrue(full.OneToManyRelationships.Any(relationship => relationship.SchemaName == "contact_customer_accounts" && relationship.ReferencingAttribute == "parentcustomerid"));
        Assert.IsTrue(full.ManyToOneRelationships.Any(relationship => relationship.ReferencedEntity == "contact" && relationship.ReferencingAttribute == "primarycontactid"));
        Assert.IsTrue(full.OneToManyRelationships.Single(relationship => relationship.SchemaName == "account_parent_account").IsHierarchical!.Value);
    }

    [TestMethod]
    public void RetrieveEntity_of_a_custom_table_marks_its_own_columns_custom_and_lists_its_keys()
    {
        var team = new SalesTeam();
        team.Org.Metadata.Add(TableBuilder.Define("cri_setting", primaryName: "cri_name").DisplayName("Setting").Text("cri_key", 50).AlternateKey("cri_key", "cri_key").Build());

        var table = ((RetrieveEntityResponse)team.AsRep.Execute(new RetrieveEntityRequest { LogicalName = "cri_setting", EntityFilters = EntityFilters.All })).EntityMetadata;

        Assert.IsTrue(table.IsCustomEntity!.Value);
        Assert.AreEqual("Setting", table.DisplayName.UserLocalizedLabel.Label);
        Assert.IsTrue(table.Attributes.Single(column => column.LogicalName == "cri_key").IsCustomAttribute!.Value);
        Assert.IsFalse(table.Attributes.Single(column => column.LogicalName == "createdon").IsCustomAttribute!.Value);
        CollectionAssert.AreEqual(new[] { "cri_key" }, table.Keys.Single().KeyAttributes);

        var byId = ((RetrieveEntityResponse)team.AsRep.Execute(new RetrieveEntityRequest { MetadataId = table.MetadataId!.Value })).EntityMetadata;
        Assert.AreEqual("cri_setting", byId.LogicalName, "found by its MetadataId too");
    }

    [TestMethod]
    public void RetrieveAttribute_returns_the_subclass_of_the_columns_type()
    {
        var team = new SalesTeam();

        AttributeMetadata Column(string table, string column) =>
            ((RetrieveAttributeResponse)team.AsRep.Execute(new RetrieveAttributeRequest { EntityLogicalName = table, LogicalName = column })).AttributeMetadata;

        var revenue = (MoneyAttributeMetadata)Column("account", "revenue");
        Assert.AreEqual(2, revenue.Precision);
        Assert.AreEqual(AttributeTypeCode.Money, revenue.AttributeType);
        var disabled = (BooleanAttributeMetadata)Column("systemuser", "isdisabled");
        Assert.AreEqual("Disabled", disabled.OptionSet.TrueOption.Label.UserLocalizedLabel.Label);
        Assert.IsFalse(disabled.DefaultValue!.Value);
        var status = (StatusAttributeMetadata)Column("task", "statuscode");
        Assert.AreEqual(1, ((StatusOptionMetadata)status.OptionSet.Options.Single(option => option.Value == 5)).State, "Completed belongs to state Completed");
        var due = (DateTimeAttributeMetadata)Column("task", "scheduledend");
        Assert.AreEqual(Microsoft.Xrm.Sdk.Metadata.DateTimeBehavior.UserLocal, due.DateTimeBehavior);
        Assert.IsTrue(((UniqueIdentifierAttributeMetadata)Column("account", "accountid")).IsPrimaryId!.Value);
        Assert.AreEqual("account", Column("account", "accountid").EntityLogicalName);
    }

    [TestMethod]
    public void Metadata_requests_for_what_the_org_does_not_have_are_faults_naming_it()
    {
        var team = new SalesTeam();

        var table = SalesTeam.Fault(Faults.ObjectDoesNotExist, () => team.AsRep.Execute(new RetrieveEntityRequest { LogicalName = "cri_nothing", EntityFilters = EntityFilters.Entity }));
        StringAssert.Contains(table.Message, "Could not find an entity with name cri_nothing");
        var column = SalesTeam.Fault(Faults.ObjectDoesNotExist, () => team.AsRep.Execute(new RetrieveAttributeRequest { EntityLogicalName = "account", LogicalName = "nickname" }));
        StringAssert.Contains(column.Message, "'nickname' on entity 'account'");
        SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Execute(new RetrieveAttributeRequest { EntityLogicalName = "account" }));
    }

    // Learn, RetrieveOptionSetRequest (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveoptionsetrequest):
    // it retrieves a global choice by name; a column's own (local) choice is not one.
    [TestMethod]
    public void RetrieveOptionSet_finds_a_global_choice_and_a_column_using_it_says_so()
    {
        var team = new SalesTeam();
        var tiers = new GlobalChoiceDefinition("cri_tier", "Tier", new[] { new OptionDefinition(1, "Gold"), new OptionDefinition(2, "Silver") });
        team.Org.Metadata.AddGlobalChoice(tiers);
        team.Org.Metadata.AddColumns("account", ColumnDefinition.Choice("cri_tier", tiers.Options.ToArray()) with { GlobalChoiceName = "cri_tier" });

        var set = (OptionSetMetadata)((RetrieveOptionSetResponse)team.AsRep.Execute(new RetrieveOptionSetRequest { Name = "cri_tier" })).OptionSetMetadata;
        Assert.IsTrue(set.IsGlobal!.Value);
        CollectionAssert.AreEqual(new[] { "Gold", "Silver" }, set.Options.Select(option => option.Label.UserLocalizedLabel.Label).ToArray());

        var column = (PicklistAttributeMetadata)((RetrieveAttributeResponse)team.AsRep.Execute(new RetrieveAttributeRequest { EntityLogicalName = "account", LogicalName = "cri_tier" })).AttributeMetadata;
        Assert.AreEqual("cri_tier", column.OptionSet.Name);
        Assert.IsTrue(column.OptionSet.IsGlobal!.Value);

        var local = SalesTeam.Fault(Faults.ObjectDoesNotExist, () => team.AsRep.Execute(new RetrieveOptionSetRequest { Name = "account_industrycode" }));
        StringAssert.Contains(local.Message, "read it with RetrieveAttribute");
    }

    [TestMethod]
    public void A_plugin_reads_a_choice_label_through_RetrieveAttribute()
    {
        var team = new SalesTeam();
        team.Org.Register<IndustryLabelTracer>();

        team.AsRep.Create(new Entity("account") { ["name"] = "Contoso", ["industrycode"] = new OptionSetValue(7) });

        CollectionAssert.Contains(team.Org.LastOperation!.StepsRan.Single().Trace.ToArray(), "Industry: Consulting");
    }

    /// <summary>What plug-ins do with metadata most: turn a choice value into its label.</summary>
    [CrmIndependence.Plugins.Registration.Step("Create", "account", CrmIndependence.Plugins.Registration.PipelineStage.PostOperation)]
    public sealed class IndustryLabelTracer : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(context.UserId);
            var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
            var value = ((Entity)context.InputParameters["Target"]).GetAttributeValue<OptionSetValue>("industrycode").Value;
            var column = (PicklistAttributeMetadata)((RetrieveAttributeResponse)service.Execute(new RetrieveAttributeRequest { EntityLogicalName = "account", LogicalName = "industrycode" })).AttributeMetadata;
            tracing.Trace("Industry: {0}", column.OptionSet.Options.Single(option => option.Value == value).Label.UserLocalizedLabel.Label);
        }
    }
}
