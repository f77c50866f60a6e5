using System;
using System.Linq;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using CrmIndependence.Plugins.Signals.Platform;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Steps
{
    /// <summary>
    /// What follows an accepted status change, asynchronously (the manager's save never waits for it):
    /// <list type="bullet">
    /// <item>The session closes: Inactive, with the status reason held, skipped, rescheduled or cancelled
    /// (<see cref="SessionClosing"/>); a held session also completes the still-open help requests of its resolved topics
    /// ("resolved in coaching"), so they leave "Parked for Coaching".</item>
    /// <item>Held: the next session on the cadence, with the unresolved topics carried over up to the policy's limit (new
    /// topics, source carried over; the originals stay on the held session as its record).</item>
    /// <item>Skipped, cancelled, rescheduled: the session at the new date takes the topics (moved, with the parked
    /// requests and signals they came from); skipped also records a coaching-skipped signal.</item>
    /// </list>
    /// The decision is <see cref="CoachingLifecycle"/>'s, recomputed from the images. Retry-safe: the next
    /// session's id derives from this session, carried topics' ids from the next session and the original, the
    /// signal has its idempotency key. When the rep already has another planned session it is used instead of a
    /// second one. The next session goes to the rep's nearest active manager (a disabled one is passed over).
    /// </summary>
    [Step("Update", CoachingSession.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = CoachingSession.SessionStatus + "," + CoachingSession.SkipReason + "," + CoachingSession.RescheduledTo,
        PreImage = CoachingSession.SessionStatus,
        PostImage = SessionStateReader.ImageColumns,
        Description = "Schedules the next coaching session and carries or moves its topics; records a skipped-coaching signal.")]
    public sealed class FollowSessionChange : PluginBase
    {
        public FollowSessionChange(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var before = context.PreImage();
            var after = context.PostImage();
            var previous = before?.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value;
            var status = SessionStateReader.Status(after?.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value);
            if (before == null || after == null || status == null || previous != (int)CoachingSessionStatus.Planned || status == CoachingSessionStatus.Planned)
            {
                context.Trace("Not a planned session changing status: nothing follows.");
                return;
            }

            var service = context.SystemService;
            var sessionId = context.ExecutionContext.PrimaryEntityId;
            var now = context.NowUtc;
            var topicRows = TopicRows.Load(service, sessionId);
            var planned = SessionStateReader.Read(sessionId, after, now, topicRows.Select(row => TopicRows.ToAgendaTopic(row, now)).ToList());
            var policy = PolicyProvider.Current(context);
            var session = new CoachingSessionState(planned.SessionId, planned.RepId, CoachingSessionStatus.Planned, planned.ScheduledStartUtc)
            {
                ManagerId = planned.ManagerId,
                Trigger = planned.Trigger,
                Topics = planned.Topics,
            };
            var change = CoachingLifecycle.Change(
                session, status.Value, after.GetAttributeValue<string>(CoachingSession.SkipReason), after.GetAttributeValue<DateTime?>(CoachingSession.RescheduledTo),
                now, policy, context.InitiatingUserId, now);
            if (!change.IsAccepted)
            {
                context.Trace($"The change was not accepted: nothing follows. {change.Error}");
                return;
            }

            if (SessionClosing.Close(service, sessionId, status.Value))
            {
                context.Trace($"Session {sessionId} closed: Inactive, {status.Value}.");
            }

            if (status == CoachingSessionStatus.Held)
            {
                foreach (var requestId in TopicRows.OpenRequestsOfResolvedTopics(topicRows))
                {
                    HelpRequests.Platform.RequestCompletion.Complete(service, requestId, HelpRequests.RequestClosing.ResolvedInCoaching, now);
                    context.Trace($"Help request {requestId} resolved in the session: completed.");
                }
            }

            if (change.Next == null)
            {
                context.Trace("Nothing to schedule after this change.");
                return;
            }

            var next = NextSession(context, session, after, change.Next);
            SessionTopics.Follow(context, change.Next, topicRows, next.Id, session.RepId);
            CoachingAgenda.Refresh(context, next, WhyNow(change.Next, session, after, policy.CoachingCadenceDays, now));

            if (change.Signal != null)
            {
                var created = SignalRecorder.Record(service, change.Signal);
                context.Trace(created ? "Recorded the coaching-skipped signal." : "The coaching-skipped signal was already recorded (retry).");
            }
        }

        private static Entity NextSession(LocalPluginContext context, CoachingSessionState session, Entity after, NextSessionPlan plan)
        {
            var service = context.SystemService;
            var open = PlannedSessions.Find(service, session.RepId, except: session.SessionId);
            if (open != null)
            {
                context.Trace($"The rep already has a planned session ({open.Id}): the topics go there, no second session opens.");
                return open;
            }

            // The next session goes to the rep's nearest active manager now (the one who held this session may have been
            // disabled since, or the rep may report to someone else).
            var rep = CoachedRep.Read(service, session.RepId, plan.StartUtc);
            context.Trace(rep.ManagerExplanation);
            var row = SessionRows.NewPlanned(
                SessionRows.FollowingId(session.SessionId), session.RepId, rep.Name, rep.ManagerId, rep.ManagerName, plan.StartUtc, plan.Trigger, session.SessionId);
            var next = SessionRows.CreateOrFind(service, row, context.ExecutionContext.IsInTransaction, context.Trace).Session;
            context.Trace($"Next session {next.Id} planned for {plan.StartUtc:u} ({plan.Handling}, {plan.Topics.Count} topic(s)).");
            return next;
        }

        private static string WhyNow(NextSessionPlan plan, CoachingSessionState session, Entity after, int cadenceDays, DateTime now)
        {
            if (plan.Handling == TopicHandling.CarryOverAsNew)
            {
                var left = plan.LeftOnHeldSession == 0
                    ? string.Empty
                    : $" {AgendaText.Count(plan.LeftOnHeldSession, "older unresolved topic stays", "older unresolved topics stay")} on that session's topic list.";
                return $"The next session on the cadence (every {cadenceDays} days), after the session held {AgendaText.Day(now)}.{left}";
            }

            var reason = after.GetAttributeValue<string>(CoachingSession.SkipReason);
            return $"Moved from the session planned for {AgendaText.Moment(session.ScheduledStartUtc)}" +
                   (string.IsNullOrWhiteSpace(reason) ? "." : $" (reason: {AgendaText.OneLine(reason, 200)}).");
        }
    }
}
