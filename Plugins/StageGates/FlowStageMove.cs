using System.Globalization;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// Turns a business process flow's stage move into a <see cref="StageMove"/>. A process stage says which sales
    /// stage it is by its category (<c>processstage.stagecategory</c>: 0 Qualify, 1 Develop, 2 Propose, 3 Close, the
    /// same values as <c>salesstage</c>; 4 Identify, 5 Research, 6 Resolve and 7 Approval are not sales stages).
    /// A move to a stage with no sales-stage category is not gated (the explanation says so); a move from one is
    /// gated from the start of the process, as a deal with no stage is.
    /// </summary>
    public static class FlowStageMove
    {
        /// <summary>The move, or null with <paramref name="explanation"/> saying why nothing is checked.</summary>
        /// <param name="from">The stage the flow leaves (name and category), or null when it had none.</param>
        /// <param name="to">The stage the flow moves to.</param>
        public static StageMove? Read(FlowStage? from, FlowStage to, out string explanation)
        {
            var toStage = SalesStageOf(to);
            if (toStage == null)
            {
                explanation =
                    $"The flow moved to {to}, whose category is not a sales stage the suite maps ({SalesStages.KnownValues}): " +
                    "the move is not gated. Give the stage one of those categories in the flow designer to gate it.";
                return null;
            }

            var fromStage = from == null ? null : SalesStageOf(from);
            explanation = from == null
                ? $"Flow stage move to {to}, from no stage (checked from the start of the process)."
                : fromStage == null
                    ? $"Flow stage move from {from} (not a sales stage: checked from the start of the process) to {to}."
                    : $"Flow stage move from {from} to {to}.";
            return StageMove.Between(fromStage == null ? (int?)null : (int)fromStage.Value, (int)toStage.Value);
        }

        private static SalesStage? SalesStageOf(FlowStage stage) =>
            stage.Category == null ? null : SalesStages.FromOptionValue(stage.Category.Value);
    }

    /// <summary>A process stage as the stage gate needs it: its name and its stagecategory (null when it has none).</summary>
    public sealed record FlowStage(string? Name, int? Category)
    {
        // The categories a process stage may have besides the four sales stages (processstage.stagecategory).
        private static readonly string[] OtherCategories = { "Identify", "Research", "Resolve", "Approval" };

        public override string ToString() => $"'{Name ?? "(unnamed stage)"}' (category {CategoryText})";

        private string CategoryText
        {
            get
            {
                if (Category == null)
                {
                    return "none";
                }

                var value = Category.Value;
                var label = SalesStages.FromOptionValue(value)?.ToString()
                    ?? (value >= 4 && value < 4 + OtherCategories.Length ? OtherCategories[value - 4] : "unknown");
                return $"{label} ({value.ToString(CultureInfo.InvariantCulture)})";
            }
        }
    }
}
