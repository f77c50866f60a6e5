using System.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.StageGates.Platform;
using Microsoft.Xrm.Sdk;

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
    /// <para>Service calls: none when the stage does not change; one query for the two stages' categories; then, when
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
            var toStageId = FlowInstance.ActiveStageOf(target);
            if (toStageId == null)
            {
                context.Trace($"The save sets no active stage on the {target.LogicalName} row: nothing to check.");
                return;
            }

            var pre = context.PreImage();
            var fromStageId = FlowInstance.ActiveStageOf(pre);
            if (fromStageId == toStageId)
            {
                context.Trace("The flow stays at its stage: nothing to check.");
                return;
            }

            var deal = FlowInstance.DealOf(target, pre);
            if (deal == null)
            {
                context.Trace(FlowInstance.NoDealMessage(target.LogicalName));
                return;
            }

            var stages = ProcessStageReader.Read(context.SystemService, new[] { toStageId.Value }.Concat(fromStageId == null ? new System.Guid[0] : new[] { fromStageId.Value }));
            if (!stages.TryGetValue(toStageId.Value, out var to))
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
    }
}
