using System;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// One <c>cri_stagerequirement</c> row as stored, before validation (choices as raw option values).
    /// What each kind reads:
    /// <list type="bullet">
    /// <item><see cref="RequirementKind.ColumnHasValue"/>: <see cref="Column"/>.</item>
    /// <item><see cref="RequirementKind.ColumnCondition"/>: <see cref="Column"/>, <see cref="Operator"/> and
    /// <see cref="Value"/> (text, parsed per the column's type: see <see cref="ColumnType"/>).</item>
    /// <item><see cref="RequirementKind.CompletedActivities"/>: <see cref="ActivityType"/> (email, phonecall,
    /// task, appointment) and <see cref="Count"/> (empty = 1).</item>
    /// <item><see cref="RequirementKind.RelatedRecordExists"/>: <see cref="RelatedTable"/> and, optionally,
    /// <see cref="Column"/> = the related table's lookup to the deal (empty = <c>regardingobjectid</c> for
    /// activity tables, <c>opportunityid</c> otherwise).</item>
    /// </list>
    /// </summary>
    public sealed record StageRequirementRow
    {
        /// <summary><c>cri_stagerequirementid</c>.</summary>
        public Guid Id { get; init; }

        /// <summary>The row's primary name, used to name it in configuration messages.</summary>
        public string? Name { get; init; }

        /// <summary>The <c>salesstage</c> option value whose exit criterion this is.</summary>
        public int? Stage { get; init; }

        /// <summary>The <see cref="RequirementKind"/> option value.</summary>
        public int? Kind { get; init; }

        /// <summary><c>cri_column</c>: a column of opportunity, or the related table's lookup to the deal.</summary>
        public string? Column { get; init; }

        /// <summary><c>cri_operator</c>: the <see cref="RequirementOperator"/> option value.</summary>
        public int? Operator { get; init; }

        /// <summary><c>cri_value</c>: the value a condition compares with, as text.</summary>
        public string? Value { get; init; }

        /// <summary><c>cri_activitytype</c>: the activity's logical name.</summary>
        public string? ActivityType { get; init; }

        /// <summary><c>cri_relatedtable</c>: the related table's logical name.</summary>
        public string? RelatedTable { get; init; }

        /// <summary><c>cri_count</c>: the minimum number of completed activities.</summary>
        public int? Count { get; init; }

        /// <summary>What the user sees when the requirement is missing.</summary>
        public string? Message { get; init; }
    }
}
