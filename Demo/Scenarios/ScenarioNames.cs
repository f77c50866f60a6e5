using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Schema;

namespace CrmIndependence.Demo.Scenarios
{
    /// <summary>The words a scenario file uses for the solution's choice values (always mapped to the Schema constants).</summary>
    public static class ScenarioNames
    {
        /// <summary>The user key that means the SYSTEM user (an admin acting).</summary>
        public const string System = "system";

        public static readonly IReadOnlyDictionary<string, int> Stages = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["qualify"] = Opportunity.SalesStageOption.Qualify,
            ["develop"] = Opportunity.SalesStageOption.Develop,
            ["propose"] = Opportunity.SalesStageOption.Propose,
            ["close"] = Opportunity.SalesStageOption.Close,
        };

        public static readonly IReadOnlyDictionary<string, string> Activities = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["phonecall"] = PhoneCall.EntityName,
            ["email"] = Email.EntityName,
            ["task"] = TaskActivity.EntityName,
            ["appointment"] = Appointment.EntityName,
        };

        public static readonly IReadOnlyDictionary<string, int> DecisionTypes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["discountPercent"] = DecisionAuthorityTable.DecisionTypeOption.DiscountPercent,
            ["discountAmount"] = DecisionAuthorityTable.DecisionTypeOption.DiscountAmount,
            ["dealValue"] = DecisionAuthorityTable.DecisionTypeOption.DealValue,
            ["column"] = DecisionAuthorityTable.DecisionTypeOption.Column,
        };

        public static readonly IReadOnlyDictionary<string, int> HelpDecisionTypes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["discountPercent"] = HelpRequest.DecisionTypeOption.DiscountPercent,
            ["discountAmount"] = HelpRequest.DecisionTypeOption.DiscountAmount,
            ["dealValue"] = HelpRequest.DecisionTypeOption.DealValue,
        };

        public static readonly IReadOnlyDictionary<string, int> AppliesTo = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["everyone"] = DecisionAuthorityTable.AppliesToOption.Everyone,
            ["user"] = DecisionAuthorityTable.AppliesToOption.User,
        };

        public static readonly IReadOnlyDictionary<string, int> RequirementKinds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["columnHasValue"] = StageRequirement.KindOption.ColumnHasValue,
            ["columnCondition"] = StageRequirement.KindOption.ColumnCondition,
            ["completedActivities"] = StageRequirement.KindOption.CompletedActivities,
            ["relatedRecordExists"] = StageRequirement.KindOption.RelatedRecordExists,
        };

        public static readonly IReadOnlyDictionary<string, int> Operators = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["eq"] = StageRequirement.OperatorOption.Equal,
            ["ne"] = StageRequirement.OperatorOption.NotEqual,
            ["gt"] = StageRequirement.OperatorOption.GreaterThan,
            ["ge"] = StageRequirement.OperatorOption.GreaterOrEqual,
            ["lt"] = StageRequirement.OperatorOption.LessThan,
            ["le"] = StageRequirement.OperatorOption.LessOrEqual,
            ["contains"] = StageRequirement.OperatorOption.Contains,
        };

        public static readonly IReadOnlyDictionary<string, int> SessionOutcomes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["held"] = CoachingSession.SessionStatusOption.Held,
            ["skipped"] = CoachingSession.SessionStatusOption.Skipped,
            ["rescheduled"] = CoachingSession.SessionStatusOption.Rescheduled,
            ["cancelled"] = CoachingSession.SessionStatusOption.Cancelled,
        };

        public static string StageName(int stage) => NameOf(Stages, stage);

        public static string SessionStatusName(int status) =>
            status == CoachingSession.SessionStatusOption.Planned ? "planned" : NameOf(SessionOutcomes, status);

        public static string Choices(IEnumerable<string> names) => string.Join(", ", names.Select(name => "'" + name + "'"));

        private static string NameOf(IReadOnlyDictionary<string, int> names, int value) =>
            names.Where(pair => pair.Value == value).Select(pair => pair.Key).FirstOrDefault() ?? value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
    }
}
