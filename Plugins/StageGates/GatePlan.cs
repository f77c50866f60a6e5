using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// Which stages' exit criteria a move has to meet. Forward (including skipping): every stage from the
    /// current one up to, not including, the target. Win: every stage from the current one through Close.
    /// Back, staying, or clearing the stage: none. A stage value the suite does not know is never guessed:
    /// a move from or to one is not checked (warned), and a Win from one checks Close's criteria only.
    /// </summary>
    internal sealed class GatePlan
    {
        private GatePlan(IReadOnlyList<SalesStage> stages, string destination, GateOutcome? uncheckedOutcome, string? warning)
        {
            Stages = stages;
            Destination = destination;
            UncheckedOutcome = uncheckedOutcome;
            Warning = warning;
        }

        public IReadOnlyList<SalesStage> Stages { get; }

        /// <summary>Where the deal is going, in words: "move to Propose" or "be closed as won".</summary>
        public string Destination { get; }

        /// <summary>Set when nothing is checked: why.</summary>
        public GateOutcome? UncheckedOutcome { get; }

        public string? Warning { get; }

        public static GatePlan For(StageMove move) => move.IsWin ? ForWin(move.FromStage) : ForMove(move.FromStage, move.ToStage);

        private static GatePlan ForWin(int? current)
        {
            const string Destination = "be closed as won";
            if (current == null)
            {
                return new GatePlan(Range(SalesStage.Qualify, SalesStage.Close), Destination, null, null);
            }

            var stage = SalesStages.FromOptionValue(current.Value);
            return stage == null
                ? new GatePlan(new[] { SalesStage.Close }, Destination, null, Unknown(current.Value) + "; only Close's criteria were checked for the win")
                : new GatePlan(Range(stage.Value, SalesStage.Close), Destination, null, null);
        }

        private static GatePlan ForMove(int? from, int? to)
        {
            if (to == null)
            {
                return Unchecked("have no stage", GateOutcome.NotGated, null);
            }

            var target = SalesStages.FromOptionValue(to.Value);
            if (target == null)
            {
                return Unchecked($"move to stage {to.Value}", GateOutcome.UnknownStage, Unknown(to.Value) + "; the move was allowed without checking");
            }

            var destination = $"move to {target.Value}";
            var origin = from == null ? SalesStage.Qualify : SalesStages.FromOptionValue(from.Value);
            if (origin == null)
            {
                return Unchecked(destination, GateOutcome.UnknownStage, Unknown(from!.Value) + "; the move was allowed without checking");
            }

            return target.Value <= origin.Value
                ? Unchecked(destination, GateOutcome.NotGated, null)
                : new GatePlan(Range(origin.Value, target.Value - 1), destination, null, null);
        }

        private static GatePlan Unchecked(string destination, GateOutcome outcome, string? warning) =>
            new GatePlan(new SalesStage[0], destination, outcome, warning);

        private static IReadOnlyList<SalesStage> Range(SalesStage first, SalesStage last) =>
            SalesStages.InOrder.Where(stage => stage >= first && stage <= last).ToList();

        private static string Unknown(int optionValue) =>
            $"The deal's sales stage value {optionValue} is not a stage the suite knows ({SalesStages.KnownValues})";
    }
}
