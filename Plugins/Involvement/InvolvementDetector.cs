using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>
    /// The manager over-involvement rules. An action on a deal owned by a user is a signal when the INITIATING
    /// user is in the owner's manager chain within the configured depth, and the action is: an edit of a key
    /// field, a Win or Lose, an assign of the deal to themselves, or an email, phone call, task or appointment
    /// regarding the deal. Never a signal: a team-owned deal, the owner acting on their own deal (a manager
    /// who owns the deal included), anyone outside the chain.
    /// <para>The chain is passed as a loader and called only when the rules need it (not for team-owned deals,
    /// the owner's own actions, or an edit without key fields), so the plugin pays the query only then.</para>
    /// </summary>
    public static class InvolvementDetector
    {
        /// <summary>Key fields edited. <paramref name="changedColumns"/>: columns whose value changed (compare the Target with the pre-image).</summary>
        public static InvolvementOutcome KeyFieldsEdited(
            OwnedDeal deal, DealAction action, IEnumerable<string?> changedColumns, Func<ManagerChain> loadOwnersChain)
        {
            Require(deal, action, loadOwnersChain);
            var fields = KeyDealFields.LabelsOf(changedColumns);
            if (fields.Count == 0)
            {
                return InvolvementOutcome.Nothing(ActivityAuthor.Other, "No key field of the deal changed.");
            }

            var decided = ScreenAndLocate(deal, action, loadOwnersChain, out var manager);
            if (decided != null)
            {
                return decided;
            }

            var details = $"{manager} changed the {SignalWording.List(fields)} of {SignalWording.Deal(deal)}.";
            return Record(SignalKind.ManagerEditedDeal, deal, action, details, IdempotencyKey.For(SignalKind.ManagerEditedDeal, deal.OpportunityId, operationId: action.OperationId));
        }

        public static InvolvementOutcome Closed(OwnedDeal deal, DealAction action, DealClosing closing, Func<ManagerChain> loadOwnersChain)
        {
            Require(deal, action, loadOwnersChain);
            var decided = ScreenAndLocate(deal, action, loadOwnersChain, out var manager);
            if (decided != null)
            {
                return decided;
            }

            var outcome = closing == DealClosing.Won ? "won" : "lost";
            var details = $"{manager} closed {SignalWording.Deal(deal)} as {outcome} instead of {SignalWording.Owner(deal)}.";
            return Record(SignalKind.ManagerClosedDeal, deal, action, details, IdempotencyKey.For(SignalKind.ManagerClosedDeal, deal.OpportunityId, outcome, action.OperationId));
        }

        /// <summary>The deal was assigned. <paramref name="dealBeforeAssign"/> holds the owner BEFORE the assign (the pre-image).</summary>
        public static InvolvementOutcome Assigned(
            OwnedDeal dealBeforeAssign, DealAction action, Guid newOwnerId, DealOwnerType newOwnerType, Func<ManagerChain> loadOwnersChain)
        {
            Require(dealBeforeAssign, action, loadOwnersChain);
            if (newOwnerType == DealOwnerType.Team || newOwnerId != action.InitiatingUserId)
            {
                return InvolvementOutcome.Nothing(ActivityAuthor.Other, "The deal was assigned to someone other than the user who assigned it: not a take-over.");
            }

            if (newOwnerId == dealBeforeAssign.OwnerId)
            {
                return InvolvementOutcome.Nothing(ActivityAuthor.Owner, "The deal was assigned to its current owner: nothing changed hands.");
            }

            var decided = ScreenAndLocate(dealBeforeAssign, action, loadOwnersChain, out var manager);
            if (decided != null)
            {
                return decided;
            }

            var details = $"{manager} assigned {SignalWording.Deal(dealBeforeAssign)} to themselves, " +
                          $"taking it over from {SignalWording.Owner(dealBeforeAssign)}.";
            return Record(SignalKind.ManagerTookOverDeal, dealBeforeAssign, action, details, IdempotencyKey.For(SignalKind.ManagerTookOverDeal, dealBeforeAssign.OpportunityId, operationId: action.OperationId));
        }

        /// <summary>
        /// An email, phone call, task or appointment regarding the deal was created. <see cref="InvolvementOutcome.Author"/>
        /// says whose count to increment (<see cref="DealActivityCounters.After"/>), signal or not.
        /// </summary>
        public static InvolvementOutcome ActivityCreated(
            OwnedDeal deal, DealAction action, ActivityKind kind, Guid activityId, Func<ManagerChain> loadOwnersChain)
        {
            Require(deal, action, loadOwnersChain);
            if (activityId == Guid.Empty)
            {
                throw new ArgumentException("The activity's id is needed for the signal's idempotency key.", nameof(activityId));
            }

            var decided = ScreenAndLocate(deal, action, loadOwnersChain, out var manager);
            if (decided != null)
            {
                return decided;
            }

            var details = $"{manager} created {ActivityKinds.Describe(kind)} regarding {SignalWording.Deal(deal)}.";
            var signal = NewSignal(SignalKind.ManagerActivityOnDeal, deal, action, details, IdempotencyKey.For(SignalKind.ManagerActivityOnDeal, activityId))
                with { RelatedActivityId = activityId };
            return InvolvementOutcome.Recorded(signal);
        }

        /// <summary>
        /// Decides without the chain when it can (team-owned deal, the owner acting), otherwise loads the chain and
        /// returns null with the initiating user named as the owner's manager ("Oscar Grant (Jonas Fischer's manager)";
        /// the name from the action, else from the chain), or an outcome when they are not in it.
        /// </summary>
        private static InvolvementOutcome? ScreenAndLocate(OwnedDeal deal, DealAction action, Func<ManagerChain> loadOwnersChain, out string manager)
        {
            manager = string.Empty;
            if (deal.OwnerType == DealOwnerType.Team)
            {
                return InvolvementOutcome.Nothing(ActivityAuthor.Other, "The deal is owned by a team: there is no rep whose manager could be over-involved.");
            }

            if (action.InitiatingUserId == deal.OwnerId)
            {
                return InvolvementOutcome.Nothing(ActivityAuthor.Owner, "The owner acted on their own deal.");
            }

            var chain = loadOwnersChain() ?? throw new InvalidOperationException("The manager chain loader returned nothing.");
            if (chain.OwnerId != deal.OwnerId)
            {
                throw new ArgumentException($"The manager chain is for user {chain.OwnerId}, but the deal is owned by {deal.OwnerId}.", nameof(loadOwnersChain));
            }

            var level = chain.LevelOf(action.InitiatingUserId);
            if (level == 0)
            {
                return InvolvementOutcome.Nothing(
                    ActivityAuthor.Other,
                    $"User {action.InitiatingUserId} is not in the owner's manager chain. {chain.Explanation}");
            }

            var named = string.IsNullOrWhiteSpace(action.InitiatingUserName) ? action with { InitiatingUserName = chain.NameOf(action.InitiatingUserId) } : action;
            manager = SignalWording.ManagerOf(named, deal, level);
            return null;
        }

        private static InvolvementOutcome Record(SignalKind kind, OwnedDeal deal, DealAction action, string details, string key) =>
            InvolvementOutcome.Recorded(NewSignal(kind, deal, action, details, key));

        private static Signal NewSignal(SignalKind kind, OwnedDeal deal, DealAction action, string details, string key) =>
            new Signal(kind, deal.OwnerId, action.OccurredOnUtc, details, key)
            {
                ManagerId = action.InitiatingUserId,
                OpportunityId = deal.OpportunityId,
            };

        private static void Require(OwnedDeal deal, DealAction action, Func<ManagerChain> loadOwnersChain)
        {
            if (deal == null)
            {
                throw new ArgumentNullException(nameof(deal));
            }

            if (action == null)
            {
                throw new ArgumentNullException(nameof(action));
            }

            if (loadOwnersChain == null)
            {
                throw new ArgumentNullException(nameof(loadOwnersChain));
            }
        }
    }
}
