using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.StageGates.Platform
{
    /// <summary>What <see cref="StageRequirementCheck"/> answers: whether the deal may move to the stage, and what is missing.</summary>
    public sealed class StageCheckResult
    {
        public StageCheckResult(StageGateDecision decision)
        {
            Decision = decision;
        }

        /// <summary>The stage gate's decision (enforce rules: a missing item refuses).</summary>
        public StageGateDecision Decision { get; }

        /// <summary>True when nothing is missing (also for a move back or to the current stage, which is never gated).</summary>
        public bool Passes => Decision.MissingItems.Count == 0;

        /// <summary>Each missing item once, in the users' words, in stage order.</summary>
        public IReadOnlyList<string> MissingItems =>
            GateMessages(Decision.MissingItems).ToList();

        /// <summary>The missing items one per line ("\n"), empty when the deal passes.</summary>
        public string MissingItemsText => string.Join("\n", MissingItems);

        private static IEnumerable<string> GateMessages(IEnumerable<MissingItem> items) =>
            items.Select(item => item.Message).Distinct(System.StringComparer.OrdinalIgnoreCase);
    }
}
