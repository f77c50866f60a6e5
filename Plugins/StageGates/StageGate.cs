using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// Decides whether a deal may move to a stage (or be won) given the exit criteria configured as data.
    /// Pure: the plugin supplies the requirements, the move, the deal's facts and the mode.
    /// <para>
    /// Enforce mode refuses a move with missing criteria, with one message listing them all. Observe mode
    /// allows it and makes a <see cref="StageGateSignal"/> due (in enforce mode no signal is due: the
    /// refused operation is rolled back, signal included). Configuration problems never block: bad rows
    /// are skipped and reported in <see cref="StageGateDecision.Warnings"/>.
    /// </para>
    /// </summary>
    public static class StageGate
    {
        /// <summary>What the plugin has to read about the deal to evaluate a move (nothing for a move back).</summary>
        public static DealFacts FactsNeeded(StageRequirementSet requirements, StageMove move)
        {
            if (requirements == null)
            {
                throw new ArgumentNullException(nameof(requirements));
            }

            var facts = new DealFacts();
            foreach (var requirement in requirements.Of(GatePlan.For(move ?? throw new ArgumentNullException(nameof(move))).Stages))
            {
                requirement.AddFactsNeeded(facts);
            }

            return facts;
        }

        /// <summary>Checks the exit criteria of every stage the move passes.</summary>
        /// <param name="requirements">The configured requirements (<see cref="StageRequirementReader.Read"/>).</param>
        /// <param name="move">The stage change or Win.</param>
        /// <param name="deal">The deal's facts, at least those <see cref="FactsNeeded"/> names.</param>
        /// <param name="enforce">True in enforce mode: missing criteria refuse the move.</param>
        public static StageGateDecision Evaluate(StageRequirementSet requirements, StageMove move, DealSnapshot deal, bool enforce)
        {
            if (requirements == null)
            {
                throw new ArgumentNullException(nameof(requirements));
            }

            if (move == null)
            {
                throw new ArgumentNullException(nameof(move));
            }

            if (deal == null)
            {
                throw new ArgumentNullException(nameof(deal));
            }

            var plan = GatePlan.For(move);
            var warnings = requirements.Problems.Select(problem => problem.ToString()).ToList();
            if (plan.Warning != null)
            {
                warnings.Add(plan.Warning);
            }

            if (plan.UncheckedOutcome != null)
            {
                var why = plan.UncheckedOutcome == GateOutcome.NotGated ? "moving back or staying is not gated" : "unknown stage";
                return Decision(plan.UncheckedOutcome.Value, plan, new MissingItem[0], null, null, warnings, $"Stage gate: allowed to {plan.Destination} ({why}).");
            }

            var missing = new List<MissingItem>();
            foreach (var requirement in requirements.Of(plan.Stages))
            {
                var check = requirement.Check(deal);
                if (check.Status == RequirementStatus.Unmet)
                {
                    missing.Add(new MissingItem(requirement.RowId, requirement.Stage, requirement.Message));
                }
                else if (check.Status == RequirementStatus.NotEvaluated)
                {
                    warnings.Add($"Stage requirement {requirement.RowLabel} was not checked: {check.Reason}. Nobody was blocked by it.");
                }
            }

            var checkedStages = string.Join(", ", plan.Stages);
            if (missing.Count == 0)
            {
                return Decision(GateOutcome.Passed, plan, missing, null, null, warnings, $"Stage gate: allowed to {plan.Destination}; every exit criterion of {checkedStages} is met.");
            }

            var message = GateMessage.Missing(plan.Destination, missing);
            var items = string.Join("; ", GateMessage.DistinctMessages(missing));
            if (enforce)
            {
                return Decision(GateOutcome.Refused, plan, missing, message, null, warnings, $"Stage gate (enforce): refused to {plan.Destination}; missing from {checkedStages}: {items}.");
            }

            var signal = new StageGateSignal(
                $"Allowed to {plan.Destination} in observe mode with {missing.Count} exit criteria of {checkedStages} missing: {items}",
                missing.Select(item => item.RequirementId).ToList(),
                missing[0].Message);
            return Decision(GateOutcome.AllowedWithGaps, plan, missing, message, signal, warnings, $"Stage gate (observe): allowed to {plan.Destination}; enforce mode would refuse it, missing: {items}.");
        }

        private static StageGateDecision Decision(
            GateOutcome outcome, GatePlan plan, IReadOnlyList<MissingItem> missing, string? message,
            StageGateSignal? signal, IReadOnlyList<string> warnings, string summary) =>
            new StageGateDecision(outcome, plan.Stages, missing, message, signal, warnings, summary);
    }
}
