using System;
using System.Globalization;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Signals.Platform;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.StageGates.Platform
{
    /// <summary>
    /// Turns a <see cref="StageGateSignal"/> into the <see cref="SignalKind.StageGateBlocked"/> signal row recorded after the save.
    /// One signal per blocked move (the score counts moves, not requirements); its <c>cri_relatedactivity</c> carries
    /// the gate key coaching counts "the same stage-gate failure" by: the id of the first requirement missed
    /// (requirements are read in a stable order, so the same gap gives the same key on every deal); its
    /// <c>cri_gatename</c> the same requirement's message, which coaching shows instead of the id.
    /// </summary>
    internal static class StageGateSignals
    {
        /// <summary>The shared variable the stage-gate steps defer their signals under.</summary>
        public const string SharedVariable = "cri_stagegate_signals";

        /// <summary>
        /// Defers the signal of a stage move allowed with criteria missing (observe mode), to be recorded after the save
        /// by the step <c>StageGates/Steps/RecordStageGateSignals.cs</c>. The same signal whether the salesstage or the flow's stage moved.
        /// </summary>
        public static void Defer(LocalPluginContext context, System.Guid dealId, EntityReference? owner, StageGateSignal due, StageMove move)
        {
            var qualifier = "to" + (move.ToStage?.ToString(CultureInfo.InvariantCulture) ?? "none");
            var signal = For(context.ExecutionContext, dealId, owner, due, qualifier);
            DeferredSignals.Defer(context.ExecutionContext, SharedVariable, signal);
            context.Trace($"Stage-gate signal deferred for rep {signal.RepId}: recorded after the save by RecordStageGateSignals.");
        }

        /// <param name="owner">The deal's owner: the rep the signal is about (when a team owns the deal, the user who moved it).</param>
        /// <param name="qualifier">What was attempted ("to2", "win"), so two attempts of one operation keep their own key.</param>
        public static Signal For(IPluginExecutionContext context, Guid dealId, EntityReference? owner, StageGateSignal due, string qualifier)
        {
            var repId = owner != null && owner.LogicalName == Schema.SystemUser.EntityName ? owner.Id : context.InitiatingUserId;
            return new Signal(
                SignalKind.StageGateBlocked,
                repId,
                OperationTime.Of(context),
                due.Details,
                IdempotencyKey.For(SignalKind.StageGateBlocked, dealId, qualifier, context.CorrelationId))
            {
                OpportunityId = dealId,
                RelatedActivityId = due.RequirementIds.Count > 0 ? due.RequirementIds[0] : (Guid?)null,
                GateName = due.GateName,
            };
        }
    }
}
