using System.Collections.Generic;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// The stage gate's decision about one move. The plugin throws <see cref="RefusalMessage"/> as an
    /// InvalidPluginExecutionException when <see cref="Outcome"/> is <see cref="GateOutcome.Refused"/>,
    /// records <see cref="Signal"/> when set, and traces <see cref="Summary"/> and every <see cref="Warnings"/> line.
    /// </summary>
    public sealed class StageGateDecision
    {
        internal StageGateDecision(
            GateOutcome outcome,
            IReadOnlyList<SalesStage> stagesChecked,
            IReadOnlyList<MissingItem> missingItems,
            string? missingMessage,
            StageGateSignal? signal,
            IReadOnlyList<string> warnings,
            string summary)
        {
            Outcome = outcome;
            StagesChecked = stagesChecked;
            MissingItems = missingItems;
            MissingMessage = missingMessage;
            Signal = signal;
            Warnings = warnings;
            Summary = summary;
        }

        public GateOutcome Outcome { get; }

        /// <summary>Whether the move may go ahead (everything but <see cref="GateOutcome.Refused"/>).</summary>
        public bool IsAllowed => Outcome != GateOutcome.Refused;

        /// <summary>The stages whose exit criteria were checked, in order.</summary>
        public IReadOnlyList<SalesStage> StagesChecked { get; }

        /// <summary>Every criterion missing, stage by stage.</summary>
        public IReadOnlyList<MissingItem> MissingItems { get; }

        /// <summary>
        /// The one message listing every missing item ("This deal can't move to Propose yet. Complete these
        /// first: • …"), whenever something is missing, in either mode.
        /// </summary>
        public string? MissingMessage { get; }

        /// <summary>The message to refuse the move with; only when <see cref="GateOutcome.Refused"/>.</summary>
        public string? RefusalMessage => Outcome == GateOutcome.Refused ? MissingMessage : null;

        /// <summary>The signal due (observe mode with missing items), or null.</summary>
        public StageGateSignal? Signal { get; }

        /// <summary>Configuration problems and data that could not be judged; none of them blocked anyone.</summary>
        public IReadOnlyList<string> Warnings { get; }

        /// <summary>One line for the trace: what was checked and decided.</summary>
        public string Summary { get; }
    }
}
