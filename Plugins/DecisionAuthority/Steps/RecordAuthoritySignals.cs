using CrmIndependence.Plugins.DecisionAuthority.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals.Platform;

namespace CrmIndependence.Plugins.DecisionAuthority.Steps
{
    /// <summary>
    /// Records, after the save committed, the signals the decision-authority steps deferred: the manager-override
    /// signals of <see cref="GovernDecisionAuthority"/> (on the deal's Update) and the won-without-approval signal of
    /// <see cref="RequireApprovalForWin"/> (on the <c>opportunityclose</c> Create the platform runs inside Win; observe
    /// mode), naming the manager of the latter first (<see cref="AuthoritySignals.WithManagers"/>). Asynchronous: a
    /// failure here never blocks the user's save or the Win; a retried job finds its signal by idempotency key
    /// instead of counting twice. A refused Win is rolled back before this step is queued, so it records nothing.
    /// <para>Service calls: none when nothing was deferred; one upsert per signal; for a won-without-approval
    /// signal one <c>systemuser</c> query for the rep's manager chain.</para>
    /// </summary>
    [Step("Update", Opportunity.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = Opportunity.DiscountPercentage + "," + Opportunity.DiscountAmount + "," + Opportunity.EstimatedValue)]
    [Step("Create", OpportunityClose.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous)]
    public sealed class RecordAuthoritySignals : PluginBase
    {
        public RecordAuthoritySignals(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var pending = DeferredSignals.Pending(context.ExecutionContext, AuthoritySignals.SharedVariable);
            DeferredSignals.Record(context, AuthoritySignals.SharedVariable, AuthoritySignals.WithManagers(context, pending));
        }
    }
}
