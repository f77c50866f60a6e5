using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;

namespace CrmIndependence.Plugins.DecisionAuthority.Steps
{
    /// <summary>
    /// Records, after the save committed, the manager-override signals <see cref="GovernDecisionAuthority"/>
    /// deferred. Asynchronous: a failure here never blocks the user's save; a retried job finds its signal by
    /// idempotency key instead of counting twice.
    /// </summary>
    [Step("Update", Opportunity.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = Opportunity.DiscountPercentage + "," + Opportunity.DiscountAmount + "," + Opportunity.EstimatedValue)]
    public sealed class RecordAuthoritySignals : PluginBase
    {
        public RecordAuthoritySignals(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context) =>
            DeferredSignals.RecordAll(context, AuthoritySignals.SharedVariable);
    }
}
