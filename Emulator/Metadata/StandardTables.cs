using System.Collections.Generic;

namespace CrmIndependence.Emulator.Metadata;

/// <summary>
/// The standard tables the suite touches, with the columns, options and state models the platform ships
/// (labels in English). Identity and settings tables here; sales and activity tables in the other parts.
/// </summary>
public static partial class StandardTables
{
    public static void AddTo(MetadataCatalog catalog)
    {
        foreach (var table in Identity())
        {
            catalog.Add(table);
        }

        foreach (var table in Sales())
        {
            catalog.Add(table);
        }

        foreach (var table in Activities())
        {
            catalog.Add(table);
        }

        foreach (var table in Settings())
        {
            catalog.Add(table);
        }

        foreach (var relationship in Relationships())
        {
            catalog.Add(relationship);
        }
    }

    private static IEnumerable<TableDefinition> Identity()
    {
        yield return TableBuilder.Define("systemuser", primaryName: "fullname", primaryNameMaxLength: 200)
            .ObjectTypeCode(8).BusinessUnitOwned().WithoutStateModel().Hierarchy("parentsystemuserid")
            .Text("firstname", 64).Text("lastname", 64)
            .Lookup("parentsystemuserid", "systemuser")
            .Lookup("businessunitid", DeleteBehavior.Restrict, "businessunit")
            .Column(ColumnDefinition.YesNo("isdisabled", false, trueLabel: "Disabled", falseLabel: "Enabled"))
            .Text("internalemailaddress", 100).Text("domainname", 1024).Text("title", 128)
            .UniqueIdentifier("azureactivedirectoryobjectid")
            .Build();

        yield return TableBuilder.Define("businessunit", primaryName: "name", primaryNameMaxLength: 160)
            .ObjectTypeCode(10).BusinessUnitOwned().WithoutStateModel().Hierarchy("parentbusinessunitid")
            .Lookup("parentbusinessunitid", DeleteBehavior.Restrict, "businessunit")
            .Column(ColumnDefinition.YesNo("isdisabled", false, trueLabel: "Disabled", falseLabel: "Enabled"))
            .Build();

        yield return TableBuilder.Define("team", primaryName: "name", primaryNameMaxLength: 160)
            .ObjectTypeCode(9).BusinessUnitOwned().WithoutStateModel().HasActivities()
            .Lookup("businessunitid", DeleteBehavior.Restrict, "businessunit")
            .Lookup("administratorid", "systemuser")
            .Column(ColumnDefinition.Choice(
                "teamtype",
                new OptionDefinition(0, "Owner"),
                new OptionDefinition(1, "Access"),
                new OptionDefinition(2, "Security Group"),
                new OptionDefinition(3, "Office Group")) with { DefaultValue = 0 })
            .YesNo("isdefault")
            .MultilineText("description")
            .Build();

        yield return TableBuilder.Intersect("teammembership", "teammembershipid", "teamid", "systemuserid").Build();

        yield return TableBuilder.Define("roletemplate", primaryName: "name", primaryNameMaxLength: 100)
            .ObjectTypeCode(1037).OrganizationOwned().WithoutStateModel().NotCreatable()
            .Build();

        // roletemplateid names the template a role was made from; the System Administrator role's is
        // RoleTemplates.SystemAdministrator in every org, which is how plug-ins tell an administrator.
        yield return TableBuilder.Define("role", primaryName: "name", primaryNameMaxLength: 100)
            .ObjectTypeCode(1036).BusinessUnitOwned().WithoutStateModel()
            .Lookup("businessunitid", DeleteBehavior.Restrict, "businessunit")
            .Lookup("roletemplateid", DeleteBehavior.Restrict, "roletemplate")
            .Lookup("parentroleid", "role")
            .Build();

        yield return TableBuilder.Intersect("systemuserroles", "systemuserroleid", "systemuserid", "roleid").Build();
    }

    /// <summary>The role templates every Dataverse org has (ids as the platform ships them).</summary>
    public static class RoleTemplates
    {
        /// <summary>The template of the System Administrator role.</summary>
        public static readonly System.Guid SystemAdministrator = new("627090ff-40a3-4053-8790-584edc5be201");
    }

    /// <summary>
    /// A note: text and an optional attachment (documentbody in base64, filename, mimetype; filesize is
    /// computed) regarding a row of a notes-enabled table (objectid; objecttypecode follows it). User-owned,
    /// no state. Columns as in the Note (Annotation) table reference.
    /// </summary>
    private static TableDefinition Annotation() =>
        TableBuilder.Define("annotation", primaryName: "subject", primaryNameMaxLength: 500)
            .ObjectTypeCode(5).WithoutStateModel().DisplayName("Note")
            .MultilineText("notetext", 100_000)
            .MultilineText("documentbody", 1_073_741_823)
            .Text("filename", 255).Text("mimetype", 256).Text("langid", 2).Text("stepid", 32)
            .YesNo("isdocument")
            .Column(ColumnDefinition.WholeNumber("filesize", 0, 1_000_000_000) with { IsPlatformManaged = true })
            .Column(new ColumnDefinition("objectid", ColumnKind.Lookup) { TargetsNotesEnabledTables = true, OnTargetDeleted = DeleteBehavior.Cascade })
            .Column(ColumnDefinition.Text("objecttypecode", 64) with { IsPlatformManaged = true })
            .Build();

    private static IEnumerable<TableDefinition> Settings()
    {
        yield return Annotation();

        yield return TableBuilder.Define("environmentvariabledefinition", primaryName: "schemaname", primaryNameMaxLength: 100)
            .ObjectTypeCode(380)
            .Text("displayname", 100)
            .MultilineText("defaultvalue", 2000)
            .MultilineText("description", 2000)
            .Column(ColumnDefinition.Choice(
                "type",
                new OptionDefinition(100000000, "String"),
                new OptionDefinition(100000001, "Number"),
                new OptionDefinition(100000002, "Boolean"),
                new OptionDefinition(100000003, "JSON"),
                new OptionDefinition(100000004, "Data source"),
                new OptionDefinition(100000005, "Secret")) with { DefaultValue = 100000000 })
            .Build();

        yield return TableBuilder.Define("environmentvariablevalue", primaryName: "schemaname", primaryNameMaxLength: 100)
            .ObjectTypeCode(381)
            .MultilineText("value", 2000)
            .Lookup("environmentvariabledefinitionid", DeleteBehavior.Cascade, "environmentvariabledefinition")
            .Build();

        yield return ServiceEndpoint();
    }

    /// <summary>
    /// A service endpoint plug-ins post to through IServiceEndpointNotificationService (Azure Service Bus,
    /// Event Hubs, webhooks). Organization-owned, no state; options as in the serviceendpoint table reference.
    /// </summary>
    private static TableDefinition ServiceEndpoint() =>
        TableBuilder.Define("serviceendpoint", primaryName: "name", primaryNameMaxLength: 256)
            .ObjectTypeCode(4618).OrganizationOwned().WithoutStateModel()
            .MultilineText("description", 2000)
            .Text("namespaceaddress", 255).Text("path", 160).Text("url", 2000)
            .Column(ColumnDefinition.Choice(
                "contract",
                new OptionDefinition(1, "OneWay"),
                new OptionDefinition(2, "Queue"),
                new OptionDefinition(3, "Rest"),
                new OptionDefinition(4, "TwoWay"),
                new OptionDefinition(5, "Topic"),
                new OptionDefinition(6, "Queue (Persistent)"),
                new OptionDefinition(7, "Event Hub"),
                new OptionDefinition(8, "Webhook"),
                new OptionDefinition(9, "Event Grid"),
                new OptionDefinition(10, "Managed Data Lake")))
            .Column(ColumnDefinition.Choice("connectionmode", new OptionDefinition(1, "Normal"), new OptionDefinition(2, "Federated")) with { DefaultValue = 1 })
            .Build();

    private static IEnumerable<RelationshipDefinition> Relationships()
    {
        yield return new ManyToManyRelationship("teammembership_association", "teammembership", "systemuser", "systemuserid", "team", "teamid");
        yield return new ManyToManyRelationship("systemuserroles_association", "systemuserroles", "systemuser", "systemuserid", "role", "roleid");
        yield return new OneToManyRelationship("user_parent_user", "systemuser", "systemuser", "parentsystemuserid");
        yield return new OneToManyRelationship("business_unit_system_users", "businessunit", "systemuser", "businessunitid");
        yield return new OneToManyRelationship("business_unit_teams", "businessunit", "team", "businessunitid");
        yield return new OneToManyRelationship("account_parent_account", "account", "account", "parentaccountid");
        yield return new OneToManyRelationship("contact_customer_accounts", "account", "contact", "parentcustomerid");
        yield return new OneToManyRelationship("opportunity_customer_accounts", "account", "opportunity", "customerid");
        yield return new OneToManyRelationship("opportunity_customer_contacts", "contact", "opportunity", "customerid");
        yield return new OneToManyRelationship("opportunity_parent_account", "account", "opportunity", "parentaccountid");
        yield return new OneToManyRelationship("opportunity_parent_contact", "contact", "opportunity", "parentcontactid");
        yield return new OneToManyRelationship("Opportunity_OpportunityClose", "opportunity", "opportunityclose", "opportunityid");
        yield return new OneToManyRelationship("Opportunity_Emails", "opportunity", "email", "regardingobjectid");
        yield return new OneToManyRelationship("Opportunity_Phonecalls", "opportunity", "phonecall", "regardingobjectid");
        yield return new OneToManyRelationship("Opportunity_Tasks", "opportunity", "task", "regardingobjectid");
        yield return new OneToManyRelationship("Opportunity_Appointments", "opportunity", "appointment", "regardingobjectid");
        yield return new OneToManyRelationship("Opportunity_ActivityPointers", "opportunity", "activitypointer", "regardingobjectid");
        yield return new OneToManyRelationship("process_processstage", "workflow", "processstage", "processid");
        yield return new OneToManyRelationship("lk_opportunitysalesprocess_opportunityid", "opportunity", "opportunitysalesprocess", "opportunityid");
        yield return new OneToManyRelationship("lk_opportunitysalesprocess_activestageid", "processstage", "opportunitysalesprocess", "activestageid");
        yield return new OneToManyRelationship("lk_opportunitysalesprocess_processid", "workflow", "opportunitysalesprocess", "processid");
        yield return new OneToManyRelationship(
            "environmentvariabledefinition_environmentvariablevalue", "environmentvariabledefinition", "environmentvariablevalue", "environmentvariabledefinitionid");
    }
}
