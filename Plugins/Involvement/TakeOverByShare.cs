using System;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>
    /// The deal take-over signal: managers have done more of the deal's activities than its owner, and at least
    /// the policy's minimum (<see cref="SuitePolicy.TakeOverMinimumActivities"/>, default 4). Recorded once per
    /// deal: the caller says whether it already was (a flag on the opportunity), and the idempotency key holds
    /// only the deal's id, so even a race records it once.
    /// </summary>
    public static class TakeOverByShare
    {
        /// <summary>Managers' activities outnumber the owner's, and reach the minimum.</summary>
        public static bool IsReached(DealActivityCounters counters, SuitePolicy policy)
        {
            if (counters == null)
            {
                throw new ArgumentNullException(nameof(counters));
            }

            if (policy == null)
            {
                throw new ArgumentNullException(nameof(policy));
            }

            return counters.ManagerActivities > counters.OwnerActivities && counters.ManagerActivities >= policy.TakeOverMinimumActivities;
        }

        /// <summary>
        /// The signal to record after the counters changed, or null when the threshold is not reached, it was
        /// already recorded, or the deal is team-owned. <paramref name="countersAfter"/> includes the activity just
        /// created and <paramref name="author"/> says who created it: the manager on the signal is the initiating
        /// user when a manager did.
        /// </summary>
        public static Signal? Evaluate(
            OwnedDeal deal, DealAction action, ActivityAuthor author, DealActivityCounters countersAfter, bool alreadyRecorded, SuitePolicy policy)
        {
            if (deal == null)
            {
                throw new ArgumentNullException(nameof(deal));
            }

            if (action == null)
            {
                throw new ArgumentNullException(nameof(action));
            }

            if (alreadyRecorded || deal.OwnerType == DealOwnerType.Team || !IsReached(countersAfter, policy))
            {
                return null;
            }

            var details = $"Managers now do most of the work on {SignalWording.Deal(deal)}: {countersAfter.ManagerActivities} manager activities " +
                          $"against {countersAfter.OwnerActivities} by {SignalWording.Owner(deal)}.";
            return new Signal(SignalKind.DealTakeOverByShare, deal.OwnerId, action.OccurredOnUtc, details, IdempotencyKey.For(SignalKind.DealTakeOverByShare, deal.OpportunityId))
            {
                ManagerId = author == ActivityAuthor.Manager ? action.InitiatingUserId : (Guid?)null,
                OpportunityId = deal.OpportunityId,
            };
        }
    }
}
