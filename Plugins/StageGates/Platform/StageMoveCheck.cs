using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.StageGates.Platform
{
    /// <summary>
    /// Checks one stage move of a deal against the exit criteria, the same way whichever column moved it
    /// (<c>opportunity.salesstage</c> or a business process flow's <c>activestageid</c>): asks <see cref="StageGate"/>
    /// which facts it needs, reads only those (<see cref="DealFactsReader"/>: none for a move back or past stages
    /// without requirements; otherwise one Retrieve, one aggregate when activity counts are needed, one top-1 query
    /// per related-record requirement), reads the mode only then, and decides. The caller traces, refuses or defers.
    /// </summary>
    internal static class StageMoveCheck
    {
        /// <summary>No requirement: what a move that is never checked is evaluated against (no requirements read).</summary>
        public static readonly StageRequirementSet NoRequirements = StageRequirementReader.Read(new StageRequirementRow[0], ColumnCatalog.Empty);

        /// <summary>Whether the move may need checking: false for a move back, staying or clearing, which never reads requirements.</summary>
        public static bool MayNeedChecking(StageMove move)
        {
            if (move.ToStage == null)
            {
                return false;
            }

            var to = SalesStages.FromOptionValue(move.ToStage.Value);
            var from = move.FromStage == null ? SalesStage.Qualify : SalesStages.FromOptionValue(move.FromStage.Value);
            return to == null || from == null || to.Value > from.Value;
        }

        /// <param name="service">The service the facts are read with (SYSTEM: the gate judges the deal, not what the caller may read).</param>
        /// <param name="dealId">The opportunity moving.</param>
        /// <param name="move">The move.</param>
        /// <param name="requirements">The configured requirements (cached per organization by the caller).</param>
        /// <param name="enforceMode">Whether the policy is in enforce mode; called only when something is to be checked.</param>
        /// <param name="dealTarget">The opportunity columns being saved with the move (they win over the stored ones), or null when the move is not a save of the opportunity.</param>
        /// <param name="readOwner">Whether to read the deal's owner with the facts (a flow move does not carry it).</param>
        public static StageMoveCheckResult Evaluate(
            IOrganizationService service, Guid dealId, StageMove move, StageRequirementSet requirements, Func<bool> enforceMode, Entity? dealTarget, bool readOwner)
        {
            var facts = StageGate.FactsNeeded(requirements, move);
            if (facts.IsEmpty)
            {
                return new StageMoveCheckResult(StageGate.Evaluate(requirements, move, new DealSnapshot(), enforce: false), null);
            }

            var enforce = enforceMode();
            var columns = DealFactsReader.ColumnsToRead(facts, dealTarget);
            if (readOwner)
            {
                columns = columns.Concat(new[] { Opportunity.OwnerId });
            }

            var stored = DealFactsReader.Retrieve(service, dealId, columns);
            var deal = DealFactsReader.Snapshot(service, dealId, facts, stored, dealTarget);
            return new StageMoveCheckResult(StageGate.Evaluate(requirements, move, deal, enforce), stored.GetAttributeValue<EntityReference>(Opportunity.OwnerId));
        }
    }

    /// <summary>The stage gate's decision, and the deal's owner when it was read with the facts.</summary>
    internal sealed class StageMoveCheckResult
    {
        public StageMoveCheckResult(StageGateDecision decision, EntityReference? storedOwner)
        {
            Decision = decision;
            StoredOwner = storedOwner;
        }

        public StageGateDecision Decision { get; }

        public EntityReference? StoredOwner { get; }
    }
}
