using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>
    /// What waits for a rep who has NO open coaching session, read with three bounded queries (run only then, in
    /// asynchronous steps, off the user's save):
    /// <list type="bullet">
    /// <item>parked help requests not yet on any agenda (open items, top 50);</item>
    /// <item>the rep's signals that are coaching topics (<see cref="CoachingSignals.TopicKinds"/>: involvement, stage gate,
    /// won without approval) inside a date window (the longer of the involvement window and the overdue period, top 200):
    /// involvement signals are counted inside the involvement window, gate failures not yet on an agenda are grouped by
    /// gate, and every one not yet on an agenda becomes a topic of the session that opens (won without approval counts
    /// toward no threshold);</item>
    /// <item>the latest held session (top 1).</item>
    /// </list>
    /// Their cost depends on the open items and the window, never on the rep's whole history.
    /// </summary>
    internal sealed class CoachingBacklog
    {
        private const int MaximumParked = 50;
        private const int MaximumSignals = 200;

        private CoachingBacklog(IReadOnlyList<CoachingItem> items, CoachingSituation situation)
        {
            Items = items;
            Situation = situation;
        }

        /// <summary>Everything not yet on an agenda, oldest first.</summary>
        public IReadOnlyList<CoachingItem> Items { get; }

        public CoachingSituation Situation { get; }

        public static CoachingBacklog Load(IOrganizationService service, CoachedRep rep, SuitePolicy policy, DateTime nowUtc)
        {
            var parked = ParkedRequests(service, rep.Id);
            var involvementFrom = CoachingTriggers.InvolvementWindowStart(nowUtc, policy);
            var from = nowUtc.AddDays(-Math.Max(policy.InvolvementWindowDays, policy.CoachingOverdueDays));
            var signals = Signals(service, rep.Id, from);

            var pendingSignals = signals.Where(signal => signal.GetAttributeValue<EntityReference>(DependencySignal.CoachingSessionId) == null).ToList();
            var involvement = signals.Count(signal => IsInvolvement(signal) && Occurred(signal) >= involvementFrom);
            var gateFailures = pendingSignals.Where(IsGate).Select(GateFailureOf).Where(failure => failure != null).Select(failure => failure!).ToList();

            var items = parked.Select(request => ParkedItem(request, nowUtc))
                .Concat(pendingSignals.Select(SignalItem))
                .OrderBy(item => item.RaisedOnUtc)
                .ToList();
            var situation = new CoachingSituation(false, rep.TrackingSinceUtc)
            {
                ParkedRequests = parked.Count,
                InvolvementSignalsInWindow = involvement,
                GateFailures = gateFailures,
                LastHeldSessionUtc = LastHeldStart(service, rep.Id),
            };
            return new CoachingBacklog(items, situation);
        }

        /// <summary>The agenda item for a signal that belongs on a coaching agenda, or null for kinds that do not (fast response, skipped coaching…).</summary>
        public static CoachingItem? ItemFor(Entity signal)
        {
            var kind = KindOf(signal);
            return kind.HasValue && CoachingSignals.IsTopic(kind.Value) ? SignalItem(signal) : null;
        }

        /// <summary>The agenda item for a parked help request (raised <paramref name="nowUtc"/> when its creation is not known).</summary>
        public static CoachingItem ParkedItem(Entity request, DateTime nowUtc) =>
            new CoachingItem(
                TopicSource.ParkedRequest,
                request.Id,
                request.GetAttributeValue<string>(HelpRequest.PrimaryName) ?? request.GetAttributeValue<string>(HelpRequest.Problem) ?? "Help request",
                UtcTime.Normalize(request.GetAttributeValue<DateTime?>(HelpRequest.CreatedOn) ?? nowUtc))
            {
                OpportunityId = Deal(request.GetAttributeValue<EntityReference>(HelpRequest.RegardingObjectId)),
            };

        public static readonly ColumnSet SignalColumns = new ColumnSet(
            DependencySignal.Kind, DependencySignal.OccurredOn, DependencySignal.Details, DependencySignal.OpportunityId,
            DependencySignal.CoachingSessionId, DependencySignal.RelatedActivity, DependencySignal.GateName, DependencySignal.RepId);

        public static readonly ColumnSet RequestColumns = new ColumnSet(
            HelpRequest.PrimaryName, HelpRequest.Problem, HelpRequest.CreatedOn, HelpRequest.RegardingObjectId);

        private static List<Entity> ParkedRequests(IOrganizationService service, Guid repId)
        {
            var query = new QueryExpression(HelpRequest.EntityName) { ColumnSet = RequestColumns, TopCount = MaximumParked };
            query.Criteria.AddCondition(HelpRequest.OwnerId, ConditionOperator.Equal, repId);
            query.Criteria.AddCondition(HelpRequest.Disposition, ConditionOperator.Equal, (int)HelpRequests.Disposition.ParkedForCoaching);
            query.Criteria.AddCondition(HelpRequest.CoachingSessionId, ConditionOperator.Null);
            query.Criteria.AddCondition(HelpRequest.StateCode, ConditionOperator.Equal, HelpRequest.StateCodeOption.Open);
            query.AddOrder(HelpRequest.CreatedOn, OrderType.Ascending);
            return service.RetrieveMultiple(query).Entities.ToList();
        }

        private static List<Entity> Signals(IOrganizationService service, Guid repId, DateTime fromUtc)
        {
            var kinds = CoachingSignals.TopicKinds.Select(kind => (object)(int)kind).ToArray();
            var query = new QueryExpression(DependencySignal.EntityName) { ColumnSet = SignalColumns, TopCount = MaximumSignals };
            query.Criteria.AddCondition(DependencySignal.RepId, ConditionOperator.Equal, repId);
            query.Criteria.AddCondition(DependencySignal.OccurredOn, ConditionOperator.GreaterEqual, fromUtc);
            query.Criteria.AddCondition(DependencySignal.Kind, ConditionOperator.In, kinds);
            query.AddOrder(DependencySignal.OccurredOn, OrderType.Ascending);
            return service.RetrieveMultiple(query).Entities.ToList();
        }

        /// <summary>When the rep's latest held session was scheduled, or null when none was ever held.</summary>
        private static DateTime? LastHeldStart(IOrganizationService service, Guid repId)
        {
            var query = new QueryExpression(CoachingSession.EntityName) { ColumnSet = new ColumnSet(CoachingSession.ScheduledStart), TopCount = 1 };
            query.Criteria.AddCondition(CoachingSession.RepId, ConditionOperator.Equal, repId);
            query.Criteria.AddCondition(CoachingSession.SessionStatus, ConditionOperator.Equal, (int)CoachingSessionStatus.Held);
            query.AddOrder(CoachingSession.ScheduledStart, OrderType.Descending);
            return service.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<DateTime?>(CoachingSession.ScheduledStart);
        }

        private static CoachingItem SignalItem(Entity signal)
        {
            var kind = KindOf(signal);
            var deal = signal.GetAttributeValue<EntityReference>(DependencySignal.OpportunityId);
            var label = kind.HasValue ? SignalKinds.Label(kind.Value) : "dependency signal";
            var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(label.Substring(0, 1)) + label.Substring(1) +
                        (string.IsNullOrWhiteSpace(deal?.Name) ? string.Empty : ": " + deal!.Name);
            return new CoachingItem(kind.HasValue ? CoachingSignals.SourceOf(kind.Value) : TopicSource.Signal, signal.Id, title, Occurred(signal))
            {
                OpportunityId = deal?.Id,
            };
        }

        private static GateFailure? GateFailureOf(Entity signal)
        {
            var gate = signal.GetAttributeValue<string>(DependencySignal.RelatedActivity);
            var deal = signal.GetAttributeValue<EntityReference>(DependencySignal.OpportunityId);
            return string.IsNullOrWhiteSpace(gate) || deal == null
                ? null
                : new GateFailure(gate!, deal.Id) { GateName = signal.GetAttributeValue<string>(DependencySignal.GateName) };
        }

        private static bool IsInvolvement(Entity signal)
        {
            var kind = KindOf(signal);
            return kind.HasValue && CoachingSignals.CountsAsInvolvement(kind.Value);
        }

        private static bool IsGate(Entity signal) => KindOf(signal) == SignalKind.StageGateBlocked;

        private static SignalKind? KindOf(Entity signal) =>
            SignalKinds.FromOptionValue(signal.GetAttributeValue<OptionSetValue>(DependencySignal.Kind)?.Value ?? 0);

        private static DateTime Occurred(Entity signal) =>
            UtcTime.Normalize(signal.GetAttributeValue<DateTime?>(DependencySignal.OccurredOn) ?? signal.GetAttributeValue<DateTime?>(DependencySignal.CreatedOn) ?? DateTime.MinValue);

        private static Guid? Deal(EntityReference? regarding) =>
            regarding != null && regarding.LogicalName == Opportunity.EntityName ? regarding.Id : (Guid?)null;
    }
}
