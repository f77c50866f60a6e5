using System.ServiceModel;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Involvement.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Involvement.Steps
{
    /// <summary>
    /// A manager in the owner's chain winning or losing the rep's deal records "manager closed deal". Win and
    /// Lose create an <c>opportunityclose</c> activity inside their operation, and that Create carries the
    /// initiating user of the Win/Lose; the step reads the deal's owner and state (Won or Lost) with one Retrieve.
    /// (Registering on the Win/Lose messages themselves would need their message ids, which the packer does not
    /// know.) Asynchronous: a closed deal is never held up by the signal.
    /// </summary>
    [Step("Create", OpportunityClose.EntityName, PipelineStage.PostOperation,
        Mode = ExecutionMode.Asynchronous,
        Description = "Records a manager winning or losing a rep's deal as a dependency signal.")]
    public sealed class DetectManagerClose : PluginBase
    {
        public DetectManagerClose(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var target = context.Target;
            var opportunity = target.GetAttributeValue<EntityReference>(OpportunityClose.OpportunityId);
            if (opportunity == null)
            {
                context.Trace("The opportunity close names no opportunity: nothing to record.");
                return;
            }

            var row = Read(context, opportunity);
            if (row == null)
            {
                context.Trace($"Opportunity {opportunity.Id} no longer exists: nothing to record.");
                return;
            }

            var state = row.GetAttributeValue<OptionSetValue>(Opportunity.StateCode)?.Value;
            DealClosing closing;
            switch (state)
            {
                case Opportunity.StateCodeOption.Won:
                    closing = DealClosing.Won;
                    break;
                case Opportunity.StateCodeOption.Lost:
                    closing = DealClosing.Lost;
                    break;
                default:
                    context.Trace($"Opportunity {opportunity.Id} is not won or lost (state {state?.ToString() ?? "empty"}): the close activity did not come from Win or Lose.");
                    return;
            }

            var deal = DealTranslation.Deal(row.Id, row.GetAttributeValue<EntityReference>(Opportunity.OwnerId), row.GetAttributeValue<string>(Opportunity.PrimaryName));
            if (deal == null)
            {
                context.Trace($"Opportunity {opportunity.Id} has no owner: nobody's manager can be over-involved.");
                return;
            }

            var action = DealTranslation.Action(context, target);
            SignalWriter.Write(context, InvolvementDetector.Closed(deal, action, closing, DealTranslation.ChainLoader(context, deal.OwnerId)));
        }

        private static Entity? Read(LocalPluginContext context, EntityReference opportunity)
        {
            try
            {
                return context.SystemService.Retrieve(
                    Opportunity.EntityName, opportunity.Id, new ColumnSet(Opportunity.OwnerId, Opportunity.StateCode, Opportunity.PrimaryName));
            }
            catch (FaultException<OrganizationServiceFault> fault) when (ConcurrentWrites.IsNotFound(fault))
            {
                return null;
            }
        }
    }
}
