using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Involvement.Platform;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Involvement.Steps
{
    /// <summary>
    /// A manager in the owner's chain moving the business process flow stage of a rep's deal records "manager
    /// edited deal" (the process stage), the same signal as a manager changing the deal's sales stage
    /// (<see cref="DetectManagerDealChanges"/>), and sets <c>cri_lastmanagertouch</c>. The stage bar saves the flow
    /// instance (<c>opportunitysalesprocess.activestageid</c>), not the opportunity, so this step watches the flow's
    /// table; the deal is the instance's lookup to an opportunity (<see cref="FlowInstance.DealOf"/>), so the same
    /// step registered on a flow made in the designer works unchanged. Asynchronous: never delays the move.
    /// <para>Service calls: none when the stage did not change; one Retrieve of the deal's owner and name; the
    /// owner's manager chain (one query) only when someone other than the owner moved it; the signal upsert and
    /// the deal's touch date when it is a signal.</para>
    /// </summary>
    [Step("Update", OpportunitySalesProcess.EntityName, PipelineStage.PostOperation,
        Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = OpportunitySalesProcess.ActiveStageId,
        PreImage = OpportunitySalesProcess.ActiveStageId + "," + OpportunitySalesProcess.OpportunityId,
        Description = "Records a manager moving the sales process flow stage of a rep's deal as a dependency signal.")]
    public sealed class DetectManagerFlowStageMove : PluginBase
    {
        public DetectManagerFlowStageMove(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var target = context.Target;
            if (!context.TryPreImage("No pre-image: cannot tell whether the flow's stage changed. Register the step's PreImage (activestageid and the flow's lookup to the opportunity).", out var before))
            {
                return;
            }

            var change = FlowInstance.ChangeOf(target, before, out var whyNot);
            if (change == null)
            {
                context.Trace(whyNot + " Nothing to record.");
                return;
            }

            var dealReference = change.Deal;
            var stored = context.SystemService.Retrieve(Opportunity.EntityName, dealReference.Id, new ColumnSet(Opportunity.OwnerId, Opportunity.PrimaryName));
            var deal = DealTranslation.Deal(dealReference.Id, stored.GetAttributeValue<EntityReference>(Opportunity.OwnerId), stored.GetAttributeValue<string>(Opportunity.PrimaryName));
            if (deal == null)
            {
                context.Trace("The deal has no owner: nobody's manager can be over-involved.");
                return;
            }

            var action = DealTranslation.Action(context, target);
            var outcome = InvolvementDetector.KeyFieldsEdited(deal, action, new[] { KeyDealFields.ProcessActiveStage }, DealTranslation.ChainLoader(context, deal.OwnerId));
            if (SignalWriter.Write(context, outcome))
            {
                context.SystemService.Update(new Entity(Opportunity.EntityName, deal.OpportunityId) { [Opportunity.LastManagerTouch] = action.OccurredOnUtc });
                context.Trace($"Set {Opportunity.LastManagerTouch} to {action.OccurredOnUtc:u}.");
            }
        }
    }
}
