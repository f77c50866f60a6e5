using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Solution.Source
{
    /// <summary>
    /// The system tables (and the columns of them) the solution refers to: lookup targets, steps on
    /// opportunity, its sales process flow and activities, the settings tables. Not the whole platform: enough to check that a
    /// view, form or step names a column that exists. Names from the Dataverse table reference; extend the
    /// list when the suite starts using another system column (the pack names what it did not find).
    /// </summary>
    public static class PlatformTables
    {
        private static readonly string[] Common =
        {
            "createdby", "createdon", "createdonbehalfby", "modifiedby", "modifiedon", "modifiedonbehalfby",
            "overriddencreatedon", "importsequencenumber", "timezoneruleversionnumber", "utcconversiontimezonecode", "versionnumber",
        };

        private static readonly string[] Owner = { "ownerid", "owningbusinessunit", "owninguser", "owningteam" };

        private static readonly string[] ActivityColumns =
        {
            "activityid", "subject", "description", "regardingobjectid", "activitytypecode", "scheduledstart", "scheduledend",
            "actualstart", "actualend", "actualdurationminutes", "scheduleddurationminutes", "prioritycode", "isregularactivity",
            "isworkflowcreated", "isbilled", "statecode", "statuscode", "instancetypecode", "sortdate",
        };

        public static IReadOnlyList<TableModel> All { get; } = new List<TableModel>
        {
            Table("systemuser", "SystemUser", "systemuserid", "fullname", "BusinessOwned",
                "systemuserid", "fullname", "firstname", "lastname", "domainname", "internalemailaddress", "parentsystemuserid",
                "businessunitid", "isdisabled", "title", "positionid", "accessmode", "azureactivedirectoryobjectid", "territoryid"),
            Table("team", "Team", "teamid", "name", "BusinessOwned", "teamid", "name", "businessunitid", "teamtype", "administratorid", "description"),
            Table("role", "Role", "roleid", "name", "BusinessOwned", "roleid", "name", "businessunitid", "parentroleid", "parentrootroleid", "roletemplateid"),
            Table("teammembership", "TeamMembership", "teammembershipid", "teammembershipid", "None", "teammembershipid", "teamid", "systemuserid"),
            Table("systemuserroles", "SystemUserRoles", "systemuserroleid", "systemuserroleid", "None", "systemuserroleid", "systemuserid", "roleid"),
            Table("businessunit", "BusinessUnit", "businessunitid", "name", "BusinessOwned", "businessunitid", "name", "parentbusinessunitid", "isdisabled"),
            Table("organization", "Organization", "organizationid", "name", "OrgOwned", "organizationid", "name"),
            Table("opportunity", "Opportunity", "opportunityid", "name", "UserOwned", Owner.Concat(new[]
            {
                "opportunityid", "name", "statecode", "statuscode", "salesstage", "salesstagecode", "stepname", "stepid", "stageid", "processid",
                "traversedpath", "estimatedvalue", "estimatedvalue_base", "actualvalue", "actualvalue_base", "estimatedclosedate", "actualclosedate",
                "closeprobability", "discountpercentage", "discountamount", "discountamount_base", "totalamount", "totalamount_base",
                "totalamountlessfreight", "totallineitemamount", "totaldiscountamount", "budgetamount", "budgetstatus", "purchasetimeframe",
                "purchaseprocess", "decisionmaker", "need", "customerid", "parentaccountid", "parentcontactid", "originatingleadid",
                "pricelevelid", "transactioncurrencyid", "exchangerate", "description", "currentsituation", "customerneed",
                "proposedsolution", "opportunityratingcode", "prioritycode", "isrevenuesystemcalculated", "campaignid",
                "msdyn_forecastcategory", "qualificationcomments", "timeline", "finaldecisiondate", "quotecomments",
            }).ToArray()),
            Table("opportunitysalesprocess", "OpportunitySalesProcess", "businessprocessflowinstanceid", "name", "OrgOwned",
                "businessprocessflowinstanceid", "name", "opportunityid", "activestageid", "activestagestartedon", "processid", "traversedpath",
                "completedon", "duration", "quoteid", "salesorderid", "transactioncurrencyid", "exchangerate", "organizationid", "statecode", "statuscode"),
            Table("processstage", "ProcessStage", "processstageid", "stagename", "None",
                "processstageid", "stagename", "stagecategory", "primaryentitytypecode", "processid", "clientdata", "parentprocessstageid", "owningbusinessunit"),
            Table("workflow", "Workflow", "workflowid", "name", "UserOwned", Owner.Concat(new[]
            {
                "workflowid", "name", "uniquename", "category", "primaryentity", "type", "businessprocesstype", "statecode", "statuscode",
            }).ToArray()),
            Table("account", "Account", "accountid", "name", "UserOwned", Owner.Concat(new[] { "accountid", "name", "parentaccountid", "primarycontactid", "statecode", "statuscode" }).ToArray()),
            Table("contact", "Contact", "contactid", "fullname", "UserOwned", Owner.Concat(new[] { "contactid", "fullname", "firstname", "lastname", "parentcustomerid", "statecode", "statuscode" }).ToArray()),
            Activity("activitypointer", "ActivityPointer"),
            Activity("email", "Email", "directioncode", "sender", "torecipients", "from", "to", "cc", "bcc"),
            Activity("phonecall", "PhoneCall", "directioncode", "phonenumber", "from", "to"),
            Activity("task", "Task", "percentcomplete", "category", "subcategory"),
            Activity("appointment", "Appointment", "location", "isalldayevent", "requiredattendees", "optionalattendees", "organizer"),
            Table("activityparty", "ActivityParty", "activitypartyid", "partyidname", "None",
                "activitypartyid", "activityid", "partyid", "partyidname", "participationtypemask", "addressused"),
            Activity("opportunityclose", "OpportunityClose", "opportunityid", "actualrevenue", "actualend", "competitorid"),
            Table("environmentvariabledefinition", "EnvironmentVariableDefinition", "environmentvariabledefinitionid", "displayname", "UserOwned",
                Owner.Concat(new[] { "environmentvariabledefinitionid", "schemaname", "displayname", "defaultvalue", "type", "description", "isrequired", "statecode", "statuscode" }).ToArray()),
            Table("environmentvariablevalue", "EnvironmentVariableValue", "environmentvariablevalueid", "schemaname", "UserOwned",
                Owner.Concat(new[] { "environmentvariablevalueid", "environmentvariabledefinitionid", "schemaname", "value", "statecode", "statuscode" }).ToArray()),
        };

        private static TableModel Activity(string logicalName, string schemaName, params string[] extra) =>
            Table(logicalName, schemaName, "activityid", "subject", "UserOwned", Owner.Concat(ActivityColumns).Concat(extra).ToArray(), isActivity: true);

        private static TableModel Table(string logicalName, string schemaName, string primaryId, string primaryName, string ownership, params string[] columns) =>
            Table(logicalName, schemaName, primaryId, primaryName, ownership, columns, isActivity: false);

        private static TableModel Table(string logicalName, string schemaName, string primaryId, string primaryName, string ownership, string[] columns, bool isActivity) =>
            new TableModel(
                logicalName,
                schemaName,
                Common.Concat(columns).Distinct(StringComparer.Ordinal).Select(name => new ColumnModel(name, name, TypeOf(name, primaryId)) { IsCustom = false }))
            {
                PrimaryIdAttribute = primaryId,
                PrimaryNameAttribute = primaryName,
                Ownership = ownership,
                IsActivity = isActivity,
                IsPlatform = true,
            };

        // Only what the packer's checks need: lookups are told apart from the rest (link-entity joins).
        private static ColumnType TypeOf(string name, string primaryId) =>
            name == primaryId ? ColumnType.PrimaryKey
            : name == "ownerid" ? ColumnType.Owner
            : name is "statecode" ? ColumnType.State
            : name is "statuscode" ? ColumnType.Status
            : name.EndsWith("id", StringComparison.Ordinal) || name is "createdby" or "modifiedby" or "createdonbehalfby" or "modifiedonbehalfby"
                or "owningbusinessunit" or "owninguser" or "owningteam" ? ColumnType.Lookup
            : ColumnType.Other;
    }
}
