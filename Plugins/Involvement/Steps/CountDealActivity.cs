using System;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Involvement.Platform;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Involvement.Steps
{
    /// <summary>
    /// An email, phone call, task or appointment regarding a deal: counts it for the deal's owner or for a manager
    /// in the owner's chain (cri_repactivitycount / cri_manageractivitycount, one increment, saved with optimistic
    /// concurrency so concurrent activities never lose one), records "manager activity on deal" for a manager, and
    /// "deal take-over by share" once when the managers' count passes the owner's. The cost is the same for the
    /// first and the ten-thousandth activity: nothing counts history. Asynchronous: never delays the user's save.
    /// <para>Exactly-once per activity: the ids of the deal's most recently counted activities
    /// (<see cref="RecentlyCounted"/>, cri_countedactivities) are read with the counters and saved in the same
    /// conditional Update, so a retried or re-run job that finds its activity there counts nothing, at no extra
    /// service call. Limit: a retry that comes after more than <see cref="RecentlyCounted.Size"/> other activities
    /// were counted on the same deal counts again.</para>
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

            var activityId = context.ExecutionContext.PrimaryEntityId;
            if (AlreadyCounted(context, row, activityId))
            {
                return;
            }

            var action = DealTranslation.Action(context, target);
            var outcome = InvolvementDetector.ActivityCreated(deal, action, kind.Value, activityId, DealTranslation.ChainLoader(context, deal.OwnerId));
            context.Trace(outcome.Explanation);
            if (outcome.Author == ActivityAuthor.Other)
            {
                context.Trace("Neither the owner nor a manager in the owner's chain: the deal's counters are unchanged.");
                return;
            }

            // Two guards, one for each thing a retried job could do twice:
            // - the manager-activity signal, and through it the weekly score, is guarded by its idempotency key (the
            //   activity): recording it again finds the first row and adds nothing;
            // - the counters, the rep's and the managers' alike, are guarded by the window of recently counted
            //   activities checked above and saved with them.
            // The signal is recorded first. An earlier run that recorded it and then failed before its counter Update
            // left the activity out of the window, so this run counts it: the signal no longer stops a retry, which
            // would leave such an activity uncounted for good.
            if (outcome.Signal != null && !SignalWriter.Record(context, outcome.Signal))
            {
                context.Trace(
                    $"Activity {activityId} is not among the deal's {RecentlyCounted.Size} most recently counted activities, so it is counted now: the run that " +
                    $"recorded its signal stopped before counting it (or, beyond the window's limit, counted it before {RecentlyCounted.Size} others).");
            }

            Count(context, row, deal, action, outcome.Author, activityId);
        }

        /// <summary>
        /// True, traced, when <paramref name="row"/>'s window holds the activity: an earlier run of this step counted it
        /// (the job was retried or run twice). Traces an unreadable window, which counts as empty.
        /// </summary>
        private static bool AlreadyCounted(LocalPluginContext context, DealCounterRow row, Guid activityId)
        {
            if (row.Counted.Problem != null)
            {
                context.Trace(row.Counted.Problem);
            }

            if (!row.Counted.Contains(activityId))
            {
                return false;
            }

            context.Trace(
                $"Activity {activityId} was already counted on opportunity {row.Id} by an earlier run of this step (it is among the deal's " +
                $"{row.Counted.Ids.Count} most recently counted activities): a retried job, so nothing is counted or recorded again.");
            return true;
        }

        /// <summary>
        /// Adds the activity to the counters and to the window of counted activities, in one Update (retrying from a
        /// fresh read on a conflict; a fresh read showing that a concurrent run counted the activity meanwhile stops).
        /// When this activity makes the managers' share pass the owner's, the take-over signal is recorded BEFORE the
        /// Update that flags the deal: a run that stops between the two leaves the signal (keyed by the deal, so
        /// recording it again adds nothing) and its retry, not finding the activity in the window, counts it and sets
        /// the flag. Recorded the other way round, a run stopping after the Update would lose the signal for good,
        /// because the retry finds its activity counted and stops. (If the Update then loses a race and the fresh
        /// counters no longer pass the threshold, the signal stands a moment early; it is still recorded once.)
        /// </summary>
        private static void Count(
            LocalPluginContext context, DealCounterRow firstRead, OwnedDeal deal, DealAction action, ActivityAuthor author, Guid activityId)
        {
            var policy = PolicyProvider.Current(context);
            ConcurrentWrites.Retry(context, $"the activity counters of opportunity {deal.OpportunityId}", attempt =>
            {
                var row = attempt == 1 ? firstRead : DealCounterRow.Read(context.SystemService, deal.OpportunityId)
                    ?? throw new InvalidPluginExecutionException($"Opportunity {deal.OpportunityId} was deleted while its activity counters were being updated.");
                if (attempt > 1 && AlreadyCounted(context, row, activityId))
                {
                    return;
                }

                var after = row.Counters.After(author);
                var reached = TakeOverByShare.Evaluate(deal, action, author, after, row.TakeOverSignalled, policy);
                if (reached != null)
                {
                    SignalWriter.Record(context, reached);
                }

                row.Save(context.SystemService, after, row.Counted.With(activityId), reached != null, author == ActivityAuthor.Manager ? action.OccurredOnUtc : (DateTime?)null);
                context.Trace(
                    $"Counters now {after.OwnerActivities} by the owner and {after.ManagerActivities} by managers" +
                    (reached != null ? "; managers' share passed the owner's: take-over flagged." : row.TakeOverSignalled ? " (take-over already signalled)." : "."));
            });
        }
    }
}
