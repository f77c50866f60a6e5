using System.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals.Platform;
using CrmIndependence.Plugins.StageGates.Platform;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.StageGates.Steps
{
    /// <summary>
    /// Checks the close criteria (and the exit criteria of every stage not yet passed) when a deal is won.
    /// Registered on the <c>opportunityclose</c> Create the platform runs inside Win (the Win message's id is
    /// not one the packer knows); a Lose or a stand-alone close activity is left alone. Refusing (enforce)
    /// throws inside the Win's transaction, so the close activity and the state change are rolled back and
    /// the deal stays open. Observe mode defers a stage-gate signal.
    /// <para>Service calls: one Retrieve of the deal's stage, owner and the columns any requirement names; one
    /// aggregate when activity counts are needed; one top-1 query per related-record requirement.</para>
    /// </summary>
    [Step("Create", OpportunityClose.EntityName, PipelineStage.PreOperation,
        Description = "Stage gates: close criteria on Win.")]
    public sealed class GateWinCloseCriteria : PluginBase
    {
        public GateWinCloseCriteria(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            if (!WinOperation.IsWin(context.ExecutionContext))
            {
                context.Trace("This close activity is not part of a Win: no close criteria to check.");
                return;
            }

            var deal = context.Target.GetAttributeValue<EntityReference>(OpportunityClose.OpportunityId);
            if (deal == null)
            {
                context.Trace("The close activity names no opportunity: nothing to check.");
                return;
            }

            var requirements = StageRequirementsProvider.Current(context);
            if (requirements.Requirements.Count == 0)
            {
                context.Trace("Stage gate: no stage requirement is configured; the Win is allowed.");
                return;
            }

            // Which stages a Win checks depends on the stage the deal is at, so read the columns of every
            // requirement (a handful) with the stage in the same Retrieve.
            var everything = StageGate.FactsNeeded(requirements, StageMove.Win(null));
            var stored = DealFactsReader.Retrieve(
                context.SystemService,
                deal.Id,
                everything.Columns.Concat(new[] { Opportunity.SalesStage, Opportunity.OwnerId }));
            var move = StageMove.Win(stored.GetAttributeValue<OptionSetValue>(Opportunity.SalesStage)?.Value);
            var facts = StageGate.FactsNeeded(requirements, move);
            var enforce = PolicyProvider.Current(context).ResponseToViolation == ViolationResponse.Block;
            var snapshot = DealFactsReader.Snapshot(context.SystemService, deal.Id, facts, stored, null);
            var decision = StageGate.Evaluate(requirements, move, snapshot, enforce);
            foreach (var warning in decision.Warnings)
            {
                context.Trace(warning);
            }

            context.Trace(decision.Summary);
            if (decision.RefusalMessage != null)
            {
                throw new InvalidPluginExecutionException(decision.RefusalMessage);
            }

            if (decision.Signal != null)
            {
                var signal = StageGateSignals.For(context.ExecutionContext, deal.Id, stored.GetAttributeValue<EntityReference>(Opportunity.OwnerId), decision.Signal, "win");
                DeferredSignals.Defer(context.ExecutionContext, StageGateSignals.SharedVariable, signal);
                context.Trace($"Stage-gate signal deferred for rep {signal.RepId}: recorded after the Win by {nameof(RecordStageGateSignals)}.");
            }
        }
    }
}
