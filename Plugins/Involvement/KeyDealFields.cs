using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>
    /// The opportunity columns whose change by a manager is an involvement signal: stage, value, probability,
    /// close date and discount; and the business process flow's active stage. <see cref="FilteringAttributes"/> is the same list for the Update step.
    /// </summary>
    public static class KeyDealFields
    {
        /// <summary>The key columns of <c>opportunity</c>, comma-separated, as the Update step's filtering attributes.</summary>
        public const string FilteringAttributes =
            "salesstage,stepname,estimatedvalue,closeprobability,estimatedclosedate,discountpercentage,discountamount";

        /// <summary>
        /// The business process flow's active stage (on the flow's own table, not on opportunity): a key field when the
        /// flow's stage moves (<c>DetectManagerFlowStageMove</c>). <c>opportunity.stageid</c> is not watched: deprecated
        /// since 8.2 and not guaranteed to change when the flow moves.
        /// </summary>
        public const string ProcessActiveStage = "activestageid";

        // Column and its label, in the order labels are listed in a signal's details.
        private static readonly string[][] ColumnsAndLabels =
        {
            new[] { "salesstage", "sales stage" },
            new[] { "stepname", "pipeline phase" },
            new[] { ProcessActiveStage, "process stage" },
            new[] { "estimatedvalue", "estimated revenue" },
            new[] { "closeprobability", "probability" },
            new[] { "estimatedclosedate", "estimated close date" },
            new[] { "discountpercentage", "discount (%)" },
            new[] { "discountamount", "discount amount" },
        };

        /// <summary>Every key column: the filtering attributes plus <see cref="ProcessActiveStage"/>.</summary>
        public static IReadOnlyList<string> All { get; } = ColumnsAndLabels.Select(pair => pair[0]).ToArray();

        public static bool IsKeyField(string? column) => IndexOf(column) >= 0;

        /// <summary>The key fields among <paramref name="changedColumns"/> as distinct labels, in a stable order.</summary>
        public static IReadOnlyList<string> LabelsOf(IEnumerable<string?> changedColumns)
        {
            if (changedColumns == null)
            {
                throw new ArgumentNullException(nameof(changedColumns));
            }

            return changedColumns
                .Select(IndexOf)
                .Where(index => index >= 0)
                .OrderBy(index => index)
                .Select(index => ColumnsAndLabels[index][1])
                .Distinct(StringComparer.Ordinal)
                .ToArray();
        }

        private static int IndexOf(string? column)
        {
            if (string.IsNullOrWhiteSpace(column))
            {
                return -1;
            }

            var trimmed = column!.Trim();
            for (var index = 0; index < ColumnsAndLabels.Length; index++)
            {
                if (string.Equals(ColumnsAndLabels[index][0], trimmed, StringComparison.OrdinalIgnoreCase))
                {
                    return index;
                }
            }

            return -1;
        }
    }
}
