using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.StageGates;

namespace CrmIndependence.Plugins.Tests.Domain.StageGates
{
    /// <summary>Requirement rows and deals as an admin and a rep would make them.</summary>
    internal static class StageGateFixtures
    {
        public const string DecisionMaker = "Identify the decision maker";
        public const string TwoCalls = "Log at least 2 completed phone calls";
        public const string Budget = "Confirm the budget is at least 10,000";
        public const string Quote = "Send a quote";
        public const string CloseDate = "Set the estimated close date";

        /// <summary>Qualify: a decision maker and two calls. Develop: a budget. Propose: a quote. Close: a close date.</summary>
        public static IReadOnlyList<StageRequirementRow> SalesProcess { get; } = new[]
        {
            HasValue(SalesStage.Qualify, "parentcontactid", DecisionMaker),
            Activities(SalesStage.Qualify, "phonecall", 2, TwoCalls),
            Condition(SalesStage.Develop, "budgetamount", RequirementOperator.GreaterOrEqual, "10000", Budget),
            Related(SalesStage.Propose, "quote", Quote),
            HasValue(SalesStage.Close, "estimatedclosedate", CloseDate),
        };

        public static StageRequirementSet Read(params StageRequirementRow[] rows) =>
            StageRequirementReader.Read(rows, ColumnCatalog.StandardOpportunity);

        public static StageRequirementSet Process => Read(SalesProcess.ToArray());

        public static StageRequirementRow HasValue(SalesStage stage, string column, string message) =>
            Row(stage, RequirementKind.ColumnHasValue) with { Column = column, Message = message };

        public static StageRequirementRow Condition(SalesStage stage, string column, RequirementOperator op, string value, string message) =>
            Row(stage, RequirementKind.ColumnCondition) with { Column = column, Operator = (int)op, Value = value, Message = message };

        public static StageRequirementRow Activities(SalesStage stage, string activityType, int? count, string message) =>
            Row(stage, RequirementKind.CompletedActivities) with { ActivityType = activityType, Count = count, Message = message };

        public static StageRequirementRow Related(SalesStage stage, string table, string message, string? lookupColumn = null) =>
            Row(stage, RequirementKind.RelatedRecordExists) with { RelatedTable = table, Column = lookupColumn, Message = message };

        public static StageRequirementRow Row(SalesStage stage, RequirementKind kind) =>
            new StageRequirementRow { Id = Guid.NewGuid(), Name = $"{stage} {kind}", Stage = (int)stage, Kind = (int)kind };

        /// <summary>A deal that meets nothing.</summary>
        public static DealSnapshot EmptyDeal { get; } = new DealSnapshot();

        /// <summary>A deal that meets every criterion of <see cref="SalesProcess"/>.</summary>
        public static DealSnapshot CompleteDeal { get; } = Deal(
            new (string, object?)[]
            {
                ("parentcontactid", Guid.NewGuid()),
                ("budgetamount", 25000m),
                ("estimatedclosedate", new DateTime(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc)),
            },
            phoneCalls: 2,
            related: new[] { new RelatedRecordKey("quote", "opportunityid") });

        public static DealSnapshot Deal(
            IEnumerable<(string Column, object? Value)>? values = null, int phoneCalls = 0, IEnumerable<RelatedRecordKey>? related = null) =>
            new DealSnapshot(
                (values ?? Enumerable.Empty<(string, object?)>()).Select(value => new KeyValuePair<string, object?>(value.Column, value.Value)),
                new[] { new KeyValuePair<string, int>("phonecall", phoneCalls) },
                related);

        public static DealSnapshot DealWith(string column, object? value) => Deal(new[] { (column, value) });
    }
}
