using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>
    /// Puts an item (a parked request, a signal) on the rep's NEXT coaching session. With an open (planned)
    /// session: one topic more and the agenda rewritten. Without one: the backlog is read and
    /// <see cref="CoachingTriggers"/> decides; when a threshold is crossed a session opens (trigger, proposed
    /// start, every waiting item as a topic, agenda with the reason); otherwise the item waits, unlinked, and
    /// counts toward the next evaluation. At most one open session per rep: the open one is always reused, and
    /// a session the suite opens has an id derived from the rep and its day, so two racing steps converge on one row.
    /// The session's manager is the rep's nearest active manager (<see cref="CoachedRep"/>): a disabled manager is passed
    /// over; with nobody active the session opens without a manager (its topics are not lost) and the trace says whose
    /// user record needs one.
    /// <para>The coaching capability's service for the others: a capability that has something for the rep's next
    /// session calls this class (help requests: <see cref="PlaceParkedRequest"/>), never a coaching step.</para>
    /// </summary>
    internal static class CoachingPlanner
    {
        /// <summary>Puts a help request parked for coaching (its post-image: name, owner, creation) on the rep's next session.</summary>
        public static void PlaceParkedRequest(LocalPluginContext context, Guid repId, Entity request) =>
            Place(context, repId, CoachingBacklog.ParkedItem(request, context.NowUtc));

        public static void Place(LocalPluginContext context, Guid repId, CoachingItem item)
        {
            var service = context.SystemService;
            var now = context.NowUtc;
            var open = PlannedSessions.Find(service, repId);
            if (open != null)
            {
                context.Trace($"The rep has an open coaching session ({open.Id}): \"{item.Title}\" goes on its agenda.");
                AddTopics(context, open.Id, repId, new[] { item });
                CoachingAgenda.Refresh(context, open);
                return;
            }

            var policy = PolicyProvider.Current(context);
            var rep = CoachedRep.Read(service, repId, now);
            var backlog = CoachingBacklog.Load(service, rep, policy, now);
            var trigger = CoachingTriggers.Evaluate(backlog.Situation, policy, now);
            if (trigger == null)
            {
                context.Trace(
                    $"No open session and none due yet for {rep.Name}: {backlog.Situation.ParkedRequests} parked request(s) (opens at {policy.ParkedRequestsForCoaching}), " +
                    $"{backlog.Situation.InvolvementSignalsInWindow} involvement signal(s) in {policy.InvolvementWindowDays} days (opens at {policy.InvolvementSignalsForCoaching}). " +
                    $"\"{item.Title}\" waits for the next session.");
                return;
            }

            if (rep.PassedOver.Count > 0 || !rep.ManagerId.HasValue)
            {
                context.Trace(rep.ManagerExplanation);
            }

            var session = Open(context, rep, trigger, now);
            context.Trace($"Opened coaching session {session.Id} for {rep.Name} ({trigger.Kind}): {trigger.Reason}");
            var items = backlog.Items.Any(waiting => waiting.RecordId == item.RecordId) ? backlog.Items : backlog.Items.Concat(new[] { item }).ToList();
            AddTopics(context, session.Id, repId, items);
            CoachingAgenda.Refresh(context, session, trigger.Reason);
        }

        /// <summary>
        /// Adds each item as a topic (id derived from session and item: a retry or a racing step finds it taken and
        /// moves on) and links its record to the session, so it is never picked up again.
        /// </summary>
        public static void AddTopics(LocalPluginContext context, Guid sessionId, Guid repId, IEnumerable<CoachingItem> items)
        {
            var service = context.SystemService;
            foreach (var item in items)
            {
                try
                {
                    service.Create(TopicRows.New(sessionId, repId, item));
                }
                catch (FaultException<OrganizationServiceFault> fault) when (SessionRows.IsDuplicate(fault))
                {
                    context.Trace($"\"{item.Title}\" is already on the session's agenda.");
                }

                var record = item.IsHelpRequest
                    ? new Entity(HelpRequest.EntityName, item.RecordId) { [HelpRequest.CoachingSessionId] = new EntityReference(CoachingSession.EntityName, sessionId) }
                    : new Entity(DependencySignal.EntityName, item.RecordId) { [DependencySignal.CoachingSessionId] = new EntityReference(CoachingSession.EntityName, sessionId) };
                service.Update(record);
            }
        }

        private static Entity Open(LocalPluginContext context, CoachedRep rep, CoachingTrigger trigger, DateTime now)
        {
            var start = CoachingSchedule.ProposeStart(now);
            var row = SessionRows.NewPlanned(SessionRows.OpenedForId(rep.Id, start), rep.Id, rep.Name, rep.ManagerId, rep.ManagerName, start, trigger.Kind, null);
            return SessionRows.CreateOrFind(context.SystemService, row, context.ExecutionContext.IsInTransaction, context.Trace).Session;
        }
    }
}
