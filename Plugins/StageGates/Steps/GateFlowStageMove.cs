using System.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.StageGates.Platform;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.StageGates.Steps
{
    /// <summary>
    /// Checks the exit criteria of every stage a deal passes when a user moves its business process flow: the
    /// stage bar on the opportunity form saves the flow instance's <c>activestageid</c>
    /// (<c>opportunitysalesprocess</c> for the Opportunity Sales Process). Which sales stage a process stage is comes
    /// from its <c>stagecategory</c> (<see cref="FlowStageMove"/>); a stage whose category is not a sales stage is let
    /// through, traced. Enforce mode refuses the move with the same one message as a <c>salesstage</c> move
    /// (<see cref="GateStageMove"/>); observe mode lets it through and defers the same stage-gate signal.
    /// <para>Works on any flow on opportunity: the deal is the instance's lookup to an opportunity
    /// (<see cref="FlowInstance.DealOf"/>), so a flow made in the designer is covered by registering this step (and
    /// <see cref="RecordStageGateSignals"/>) on its table the same way (README, "Stage gates").</para>
    /// <para>Service calls: none when the stage does not change; one Retrieve of the flow row only when the step was
    /// registered without its pre-image; one query for the two stages' categories; then, when
    /// the stages passed have requirements, one Retrieve of the deal's needed columns and its owner, one aggregate
    /// when activity counts are needed, one top-1 query per related-record requirement.</para>
    /// </summary>
    [Step("Update", OpportunitySalesProcess.EntityName, PipelineStage.PreOperation,
        FilteringAttributes = OpportunitySalesProcess.ActiveStageId,
        PreImage = OpportunitySalesProcess.ActiveStageId + "," + OpportunitySalesProcess.OpportunityId,
        Description = "Stage gates: exit criteria of every stage passed when the Opportunity Sales Process moves (stage category = sales stage).")]
    public sealed class GateFlowStageMove : PluginBase
    {
        public GateFlowStageMove(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var target = context.Target;
            var before = context.PreImage() ?? StoredFlowRow(context, target);
            var change = FlowInstance.ChangeOf(target, before, out var whyNot);
            if (change == null)
            {
                context.Trace(whyNot + " Nothing to check.");
                return;
            }

            var fromStageId = change.FromStageId;
            var toStageId = change.ToStageId;
            var deal = change.Deal;
            var stages = ProcessStageReader.Read(context.SystemService, new[] { toStageId }.Concat(fromStageId == null ? new System.Guid[0] : new[] { fromStageId.Value }));
            if (!stages.TryGetValue(toStageId, out var to))
            {
                context.Trace($"The process stage {toStageId} the flow moved to does not exist (deleted with its flow?): the move is not gated.");
                return;
            }

            var from = fromStageId != null && stages.TryGetValue(fromStageId.Value, out var left) ? left : null;
            var move = FlowStageMove.Read(from, to, out var explanation);
            context.Trace(explanation + $" Deal {deal.Id}.");
            if (move == null)
            {
                return;
            }

            var requirements = StageMoveCheck.MayNeedChecking(move) ? StageRequirementsProvider.Current(context) : StageMoveCheck.NoRequirements;
            var check = StageMoveCheck.Evaluate(
                context.SystemService, deal.Id, move, requirements,
                () => PolicyProvider.Current(context).ResponseToViolation == ViolationResponse.Block,
                dealTarget: null, readOwner: true);
            var due = StageGateOutcome.Apply(context, check.Decision);
            if (due != null)
            {
                StageGateSignals.Defer(context, deal.Id, check.StoredOwner, due, move);
            }
        }

        /// <summary>
        /// The row as stored, when the step was registered without its pre-image (a customer's flow table registered
        /// by hand): PreOperation still reads the stage the flow leaves, at the cost of one Retrieve, traced.
        /// </summary>
        private static Entity StoredFlowRow(LocalPluginContext context, Entity target)
        {
            context.Trace($"No pre-image: read the stored {target.LogicalName} row for the stage the flow leaves (one Retrieve). Register the step's PreImage ({OpportunitySalesProcess.ActiveStageId} and the flow's lookup to the opportunity) to save it.");
            return context.SystemService.Retrieve(target.LogicalName, target.Id, new ColumnSet(OpportunitySalesProcess.ActiveStageId, FlowInstance.DealLookupOf(target.LogicalName)));
        }
    }
}
