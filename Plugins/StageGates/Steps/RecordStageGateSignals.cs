using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals.Platform;
using CrmIndependence.Plugins.StageGates.Platform;

namespace CrmIndependence.Plugins.StageGates.Steps
{
    /// <summary>
    /// Records, after the save committed, the stage-gate signals <see cref="GateStageMove"/>,
    /// <see cref="GateFlowStageMove"/> and <see cref="GateWinCloseCriteria"/> deferred (observe mode). A flow made in
    /// the designer needs this step on its table too, with the same filtering attribute (README, "Stage gates"). Asynchronous: a failure here never blocks
    /// the user's save, and a retried job finds its signal by idempotency key instead of counting twice.
    /// </summary>
    [Step("Update", Opportunity.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = Opportunity.SalesStage)]
    [Step("Update", OpportunitySalesProcess.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = OpportunitySalesProcess.ActiveStageId)]
    [Step("Create", OpportunityClose.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous)]
    public sealed class RecordStageGateSignals : PluginBase
    {
        public RecordStageGateSignals(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context) =>
            DeferredSignals.RecordAll(context, StageGateSignals.SharedVariable);
    }
}
