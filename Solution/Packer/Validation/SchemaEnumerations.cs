using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>
    /// The values the solution schema enumerates, kept as data: the lists of <c>CustomizationsSolution.xsd</c>
    /// (the official schema set 9.0.0.2090 that Microsoft Learn's "Solution file schema" page points to, with
    /// <c>Fetch.xsd</c> for the 0/1 flags), plus the few values real exports write where the schema only says
    /// <c>xs:string</c>. <see cref="SchemaValueCheck"/> checks every value the source carries against them, so a value
    /// Dataverse would refuse at import stops the pack instead, naming the file and the element.
    /// </summary>
    public static class SchemaEnumerations
    {
        /// <summary><c>CrmDataType</c>: the values of an attribute's <c>&lt;Type&gt;</c>.</summary>
        public static readonly IReadOnlyList<string> CrmDataType = new[]
        {
            "virtual", "primarykey", "uniqueidentifier", "char", "nchar", "varchar", "nvarchar", "ntext", "text", "numeric", "int", "smallint",
            "tinyint", "bigint", "binary", "varbinary", "image", "float", "decimal", "real", "money", "smallmoney", "bit", "timezone",
            "datetime", "smalldatetime", "timestamp", "lookup", "picklist", "multiselectpicklist", "partylist", "customer", "owner",
            "state", "status", "sql_variant", "phoneticguide", "HierarchyId", "managedproperty",
        };

        /// <summary><c>OptionSetEnumType</c>: an option set's <c>&lt;OptionSetType&gt;</c>.</summary>
        public static readonly IReadOnlyList<string> OptionSetType = new[] { "picklist", "state", "status", "bit" };

        /// <summary><c>TrueFalse01Type</c> (Fetch.xsd): the 0/1 flags.</summary>
        public static readonly IReadOnlyList<string> TrueFalse01 = new[] { "0", "1" };

        /// <summary><c>TrueFalseType</c>: HasRelatedNotes and its kind.</summary>
        public static readonly IReadOnlyList<string> TrueFalse = new[] { "True", "False" };

        /// <summary><c>EntityRelationshipTypeType</c>.</summary>
        public static readonly IReadOnlyList<string> EntityRelationshipType = new[] { "OneToMany", "ManyToMany" };

        /// <summary><c>CrmCascadeSecurityLinkType</c>: CascadeAssign, CascadeReparent, CascadeShare, CascadeUnshare, CascadeRollupView.</summary>
        public static readonly IReadOnlyList<string> CascadeSecurityLink = new[] { "ActiveOnly", "Cascade", "NoCascade", "UserOwned" };

        /// <summary><c>CrmCascadeDeleteLinkType</c>: CascadeDelete (and CascadeArchive, newer than the 9.0 schema, which exports write with the same values).</summary>
        public static readonly IReadOnlyList<string> CascadeDeleteLink = new[] { "Cascade", "NoCascade", "RemoveLink", "Restrict" };

        /// <summary><c>NavPaneDisplayOptionType</c>.</summary>
        public static readonly IReadOnlyList<string> NavPaneDisplayOption = new[] { "UseCollectionName", "UseLabel", "DoNotDisplay" };

        /// <summary><c>NavPaneAreaType</c>.</summary>
        public static readonly IReadOnlyList<string> NavPaneArea = new[] { "Details", "Sales", "Service", "Marketing", "InternetMarketing", "ProcessCenter" };

        /// <summary><c>PrivilegeLevelType</c>: a role privilege's <c>level</c>.</summary>
        public static readonly IReadOnlyList<string> PrivilegeLevel = new[] { "Basic", "Local", "Deep", "Global" };

        /// <summary><c>SystemFormType</c>: a form's type (the folder under FormXml/ and the <c>&lt;forms type&gt;</c> it is packed into).</summary>
        public static readonly IReadOnlyList<string> SystemFormType = new[]
        {
            "main", "preview", "appointmentBook", "minicampaignbo", "mobile", "dashboard", "interactioncentricdashboard", "other", "quick",
            "quickCreate", "card", "mainInteractionCentric", "taskBasedForm", "dialog",
        };

        /// <summary><c>ChartGridMode</c>: a dashboard control's <c>&lt;ChartGridMode&gt;</c>.</summary>
        public static readonly IReadOnlyList<string> ChartGridMode = new[] { "Chart", "Grid", "All" };

        /// <summary>
        /// <c>OwnershipTypeMask</c> is <c>xs:string</c> in the schema; these are the values exports write for the
        /// ownerships a solution can create (user or team owned, organization owned).
        /// </summary>
        public static readonly IReadOnlyList<string> OwnershipTypeMask = new[] { "UserOwned", "OrgOwned" };

        /// <summary>
        /// <c>ActivityTypeMask</c> is <c>xs:string</c> in the schema; exports write <c>CommunicationActivity</c> for a
        /// custom activity table and leave it empty on every other table.
        /// </summary>
        public const string CommunicationActivity = "CommunicationActivity";

        /// <summary>
        /// The state model of an activity table, as Dataverse defines it for every activity (ActivityPointer's
        /// statecode, Learn "Activity tables"): Open 0, Completed 1, Canceled 2, Scheduled 3. Status reasons may be
        /// added to a state; no state may be added or left out.
        /// </summary>
        public static readonly IReadOnlyList<(int Value, string Name)> ActivityStates = new[] { (0, "Open"), (1, "Completed"), (2, "Canceled"), (3, "Scheduled") };

        /// <summary>The state model of a standard table: Active 0 and Inactive 1.</summary>
        public static readonly IReadOnlyList<(int Value, string Name)> StandardStates = new[] { (0, "Active"), (1, "Inactive") };

        /// <summary>
        /// The XML attributes whose value the schema enumerates, by element and attribute name (<c>*</c>: any element):
        /// the grid's 0/1 flags, an option's IsHidden, <c>unmodified</c>.
        /// </summary>
        public static readonly IReadOnlyList<(string Element, string Attribute, IReadOnlyList<string> Values)> Attributes = new[]
        {
            ("*", "unmodified", TrueFalse01),
            ("grid", "select", TrueFalse01),
            ("grid", "icon", TrueFalse01),
            ("grid", "preview", TrueFalse01),
            ("cell", "disableSorting", TrueFalse01),
            ("cell", "ishidden", TrueFalse01),
            ("option", "IsHidden", TrueFalse01),
        };

        /// <summary>The elements <c>CustomizationsSolution.xsd</c> and <c>Fetch.xsd</c> type as <c>TrueFalse01Type</c>.</summary>
        private static readonly string[] FlagElements =
        {
            "AsyncAutoDelete", "AsyncAutodelete", "AutoCreateAccessTeams", "AutoRouteToOwnerQueue", "CanBeDeleted", "CanBeInManyToMany",
            "CanBePrimaryEntityInRelationship", "CanBeRelatedEntityInRelationship", "CanChangeDateTimeBehavior", "CanChangeHierarchicalRelationship",
            "CanChangeTrackingBeEnabled", "CanCreateAttributes", "CanCreateCharts", "CanCreateForms", "CanCreateViews",
            "CanEnableSyncToExternalSearchIndex", "CanModifyAdditionalSettings", "CanModifyAuditSettings", "CanModifyConnectionSettings",
            "CanModifyDuplicateDetectionSettings", "CanModifyFieldLevelSecuritySettings", "CanModifyGlobalFilterSettings", "CanModifyIsSortableSettings",
            "CanModifyMailMergeSettings", "CanModifyMobileClientOffline", "CanModifyMobileClientReadOnly", "CanModifyMobileClientVisibility",
            "CanModifyMobileVisibility", "CanModifyQueueSettings", "CanModifyRequirementLevelSettings", "CanModifySearchSettings",
            "ChangeTrackingEnabled", "EnforceStateTransitions", "EntityHelpUrlEnabled", "IsActive", "IsActivity", "IsActivityParty", "IsAuditEnabled",
            "IsAvailableForMobileOffline", "IsBPFEntity", "IsBusinessProcessEnabled", "IsCollaboration", "IsConnectionsEnabled", "IsCustomField",
            "IsCustomizable", "IsDataSourceSecret", "IsDocumentManagementEnabled", "IsDocumentRecommendationsEnabled", "IsDuplicateCheckSupported",
            "IsEnabled", "IsEnabledForExternalChannels", "IsEnabledForMobileClient", "IsGlobal", "IsGlobalFilterEnabled", "IsHidden", "IsHierarchical",
            "IsInteractionCentricEnabled", "IsKnowledgeManagementEnabled", "IsLocalized", "IsLogical", "IsMailMergeEnabled", "IsMapiGridEnabled",
            "IsMappable", "IsOfflineInMobileClient", "IsOneNoteIntegrationEnabled", "IsQuickCreateEnabled", "IsReadOnlyInMobileClient",
            "IsReadingPaneEnabled", "IsRenameable", "IsReplicated", "IsReplicationUserFiltered", "IsRequiredOffline", "IsSLAEnabled",
            "IsSearchBoxVisible", "IsSecured", "IsSortableEnabled", "IsTransacted", "IsValidForAdvancedFind", "IsVisibleInMobile",
            "IsVisibleInMobileClient", "LookupBrowse", "OnDemand", "ShowDisabled", "Subprocess", "SyncToExternalSearchIndex",
            "SyncWorkflowLogOnFailure", "TriggerOnCreate", "TriggerOnDelete", "ValidForCreateApi", "ValidForReadApi", "ValidForUpdateApi",
            "iscustomizable", "iscustomreport", "ispersonal", "isquickfindquery", "isuserdefined", "isdefault",
        };

        /// <summary>The elements whose text the schema enumerates, by element name (declared after the lists it is built from).</summary>
        public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Elements = BuildElements();

        /// <summary>The list an element's text is checked against, or null when the schema does not enumerate <paramref name="element"/>.</summary>
        public static IReadOnlyList<string>? ForElement(string element) => Elements.TryGetValue(element, out var values) ? values : null;

        /// <summary>"a, b or c" for messages.</summary>
        public static string Describe(IReadOnlyList<string> values) =>
            values.Count == 1 ? values[0] : string.Join(", ", values.Take(values.Count - 1)) + " or " + values[values.Count - 1];

        private static IReadOnlyDictionary<string, IReadOnlyList<string>> BuildElements()
        {
            var elements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                ["Type"] = CrmDataType,
                ["OptionSetType"] = OptionSetType,
                ["EntityRelationshipType"] = EntityRelationshipType,
                ["CascadeAssign"] = CascadeSecurityLink,
                ["CascadeReparent"] = CascadeSecurityLink,
                ["CascadeShare"] = CascadeSecurityLink,
                ["CascadeUnshare"] = CascadeSecurityLink,
                ["CascadeRollupView"] = CascadeSecurityLink,
                ["CascadeDelete"] = CascadeDeleteLink,
                ["CascadeArchive"] = CascadeDeleteLink,
                ["NavPaneDisplayOption"] = NavPaneDisplayOption,
                ["NavPaneArea"] = NavPaneArea,
                ["HasRelatedNotes"] = TrueFalse,
                ["HasRelatedFeedback"] = TrueFalse,
                ["HasRelatedActivities"] = TrueFalse,
                ["ChartGridMode"] = ChartGridMode,
                ["OwnershipTypeMask"] = OwnershipTypeMask,
            };
            foreach (var flag in FlagElements)
            {
                elements[flag] = TrueFalse01;
            }

            return elements;
        }
    }
}
