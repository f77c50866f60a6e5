using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Involvement.Steps
{
    /// <summary>
    /// An email, phone call, task or appointment regarding a deal: counts it for the deal's owner or for a manager
    /// in the owner's chain (cri_repactivitycount / cri_manageractivitycount, one increment, saved with optimistic
    /// concurrency so concurrent activities never lose one), records "manager activity on deal" for a manager, and
    /// "deal take-over by share" once when the managers' count passes the owner's. The cost is the same for the
    /// first and the ten-thousandth activity: nothing counts history. Asynchronous: never delays the user's save.
    /// </summary>
    [Step("Create", Email.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous, Description = Purpose)]
    [Step("Create", PhoneCall.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous, Description = Purpose)]
    [Step("Create", TaskActivity.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous, Description = Purpose)]
    [Step("Create", Appointment.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous, Description = Purpose)]
    public sealed class CountDealActivity : PluginBase
    {
        private const string Purpose = "Counts rep and manager activities on a deal and records manager activity and take-over-by-share signals.";

        public CountDealActivity(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var target = context.Target;
            var kind = ActivityKinds.FromLogicalName(target.LogicalName);
            var regarding = target.GetAttributeValue<EntityReference>(ActivityPointer.RegardingObjectId);
            if (kind == null || regarding == null || regarding.LogicalName != Opportunity.EntityName)
            {
                context.Trace($"The {target.LogicalName} is not an email, phone call, task or appointment regarding an opportunity: not counted.");
                return;
            }

            var row = DealCounterRow.Read(context.SystemService, regarding.Id);
            var deal = row == null ? null : DealTranslation.Deal(row.Id, row.Owner, row.Name);
            if (row == null || deal == null)
            {
                context.Trace($"Opportunity {regarding.Id} no longer exists or has no owner: not counted.");
                return;
            }

            var action = DealTranslation.Action(context, target);
            var outcome = InvolvementDetector.ActivityCreated(deal, action, kind.Value, context.ExecutionContext.PrimaryEntityId, DealTranslation.ChainLoader(context, deal.OwnerId));
            context.Trace(outcome.Explanation);
            if (outcome.Author == ActivityAuthor.Other)
            {
                context.Trace("Neither the owner nor a manager in the owner's chain: the deal's counters are unchanged.");
                return;
            }

            // The manager-activity signal is keyed by the activity: when an earlier run of this step recorded it,
            // that run also counted the activity, so a retried job stops here instead of counting twice.
            if (outcome.Signal != null && !SignalWriter.Record(context, outcome.Signal))
            {
                return;
            }

            var takeOver = Count(context, row, deal, action, outcome.Author);
            if (takeOver != null)
            {
                SignalWriter.Record(context, takeOver);
            }
        }

        /// <summary>Adds the activity to the counters (retrying from a fresh read on a conflict); returns the take-over signal when this activity reached it.</summary>
        private static Signal? Count(LocalPluginContext context, DealCounterRow firstRead, OwnedDeal deal, DealAction action, ActivityAuthor author)
        {
            var policy = PolicyProvider.Current(context);
            Signal? takeOver = null;
            ConcurrentWrites.Retry(context, $"the activity counters of opportunity {deal.OpportunityId}", attempt =>
            {
                var row = attempt == 1 ? firstRead : DealCounterRow.Read(context.SystemService, deal.OpportunityId)
                    ?? throw new InvalidPluginExecutionException($"Opportunity {deal.OpportunityId} was deleted while its activity counters were being updated.");
                var after = row.Counters.After(author);
                takeOver = TakeOverByShare.Evaluate(deal, action, author, after, row.TakeOverSignalled, policy);
                row.Save(context.SystemService, after, takeOver != null, author == ActivityAuthor.Manager ? action.OccurredOnUtc : (System.DateTime?)null);
                context.Trace(
                    $"Counters now {after.OwnerActivities} by the owner and {after.ManagerActivities} by managers" +
                    (takeOver != null ? "; managers' share passed the owner's: take-over flagged." : row.TakeOverSignalled ? " (take-over already signalled)." : "."));
            });
            return takeOver;
        }
    }
}
