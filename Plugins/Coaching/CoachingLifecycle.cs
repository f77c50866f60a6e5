using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>
    /// What happens when a planned session changes status. Only a planned session changes; every other status is final.
    /// <list type="bullet">
    /// <item>Held: unresolved topics carry over to the next session, scheduled at the held date plus the cadence; at
    /// most the policy's <see cref="SuitePolicy.CoachingCarryOverTopics"/>, parked help requests first (a rep is waiting
    /// on them), then the most recent. The rest stay, unresolved, on the held session: a backlog the manager did not
    /// get to is not copied forward for ever, and the next session's cost does not grow with it.</item>
    /// <item>Skipped: needs a reason and a new date in the future; the topics move to the session at the new date,
    /// and a coaching-skipped signal is recorded.</item>
    /// <item>Cancelled: needs a reason and a new date in the future; the topics move to the session at the new date.</item>
    /// <item>Rescheduled: needs a new date in the future; the topics move to the session at the new date.</item>
    /// </list>
    /// So a rep always has exactly one planned session after any change, never two.
    /// </summary>
    public static class CoachingLifecycle
    {
        public static SessionChange Hold(CoachingSessionState session, DateTime heldOnUtc, SuitePolicy policy)
        {
            if (policy == null)
            {
                throw new ArgumentNullException(nameof(policy));
            }

            var refused = RefuseUnlessPlanned(session, "be held");
            if (refused != null)
            {
                return refused;
            }

            var unresolved = session.Topics
                .Where(topic => topic != null && !topic.IsResolved)
                .Select(topic => topic with
                {
                    Source = TopicSource.CarriedOver,
                    OriginalSource = topic.Source == TopicSource.CarriedOver ? topic.OriginalSource : topic.Source,
                })
                .ToList();
            var kept = new HashSet<AgendaTopic>(unresolved
                .OrderBy(topic => topic.OriginalSource == TopicSource.ParkedRequest ? 0 : 1)
                .ThenByDescending(topic => topic.RaisedOnUtc)
                .Take(policy.CoachingCarryOverTopics));
            var carried = unresolved.Where(kept.Contains).ToArray();
            var next = new NextSessionPlan(
                CoachingSchedule.NextAfterHeld(heldOnUtc, policy.CoachingCadenceDays), session.SessionId, CoachingTriggerKind.Cadence, carried, TopicHandling.CarryOverAsNew)
            {
                LeftOnHeldSession = unresolved.Count - carried.Length,
            };
            return SessionChange.Accepted(CoachingSessionStatus.Held, next);
        }

        /// <summary>
        /// Skips the session. <paramref name="skippedBy"/> is the initiating user, recorded as the manager on the
        /// signal (the session's manager when null).
        /// </summary>
        public static SessionChange Skip(CoachingSessionState session, string? reason, DateTime? newStartUtc, DateTime nowUtc, Guid? skippedBy = null)
        {
            var refused = RefuseUnlessPlanned(session, "be skipped") ?? RequireReasonAndDate(session, "skip", reason, newStartUtc, nowUtc, reasonRequired: true);
            if (refused != null)
            {
                return refused;
            }

            var newStart = UtcTime.Normalize(newStartUtc!.Value);
            var details = $"The coaching session planned for {AgendaText.Moment(session.ScheduledStartUtc)} was skipped. " +
                          $"Reason: \"{AgendaText.OneLine(reason, 500)}\". New date: {AgendaText.Moment(newStart)}.";
            var signal = new Signal(SignalKind.CoachingSkipped, session.RepId, nowUtc, details, IdempotencyKey.For(SignalKind.CoachingSkipped, session.SessionId))
            {
                ManagerId = skippedBy ?? session.ManagerId,
                CoachingSessionId = session.SessionId,
            };
            return SessionChange.Accepted(CoachingSessionStatus.Skipped, MoveTo(session, newStart), signal);
        }

        public static SessionChange Cancel(CoachingSessionState session, string? reason, DateTime? newStartUtc, DateTime nowUtc)
        {
            var refused = RefuseUnlessPlanned(session, "be cancelled") ?? RequireReasonAndDate(session, "cancel", reason, newStartUtc, nowUtc, reasonRequired: true);
            return refused ?? SessionChange.Accepted(CoachingSessionStatus.Cancelled, MoveTo(session, UtcTime.Normalize(newStartUtc!.Value)));
        }

        public static SessionChange Reschedule(CoachingSessionState session, DateTime? newStartUtc, DateTime nowUtc)
        {
            var refused = RefuseUnlessPlanned(session, "be rescheduled") ?? RequireReasonAndDate(session, "reschedule", null, newStartUtc, nowUtc, reasonRequired: false);
            return refused ?? SessionChange.Accepted(CoachingSessionStatus.Rescheduled, MoveTo(session, UtcTime.Normalize(newStartUtc!.Value)));
        }

        /// <summary>
        /// For a plugin that sees the status column change: applies the rule for <paramref name="target"/>.
        /// <paramref name="heldOnUtc"/> defaults to <paramref name="nowUtc"/>. Setting a planned session to planned changes nothing.
        /// </summary>
        public static SessionChange Change(
            CoachingSessionState session, CoachingSessionStatus target, string? reason, DateTime? newStartUtc, DateTime nowUtc, SuitePolicy policy,
            Guid? changedBy = null, DateTime? heldOnUtc = null)
        {
            switch (target)
            {
                case CoachingSessionStatus.Held:
                    return Hold(session, heldOnUtc ?? nowUtc, policy);
                case CoachingSessionStatus.Skipped:
                    return Skip(session, reason, newStartUtc, nowUtc, changedBy);
                case CoachingSessionStatus.Cancelled:
                    return Cancel(session, reason, newStartUtc, nowUtc);
                case CoachingSessionStatus.Rescheduled:
                    return Reschedule(session, newStartUtc, nowUtc);
                case CoachingSessionStatus.Planned:
                    return RefuseUnlessPlanned(session, "be planned again") ?? SessionChange.Accepted(CoachingSessionStatus.Planned, null);
                default:
                    throw new ArgumentOutOfRangeException(nameof(target), target, "Unknown coaching session status.");
            }
        }

        private static NextSessionPlan MoveTo(CoachingSessionState session, DateTime newStart) =>
            new NextSessionPlan(newStart, session.SessionId, session.Trigger, session.Topics.Where(topic => topic != null).ToArray(), TopicHandling.MoveUnchanged);

        private static SessionChange? RefuseUnlessPlanned(CoachingSessionState session, string passive)
        {
            if (session == null)
            {
                throw new ArgumentNullException(nameof(session));
            }

            if (session.Status == CoachingSessionStatus.Planned)
            {
                return null;
            }

            return SessionChange.Refused(
                session.Status,
                $"This coaching session is already {StatusWords(session.Status)}, so it cannot {passive}: only a planned session changes. " +
                "Open the rep's planned session instead.");
        }

        private static SessionChange? RequireReasonAndDate(
            CoachingSessionState session, string verb, string? reason, DateTime? newStartUtc, DateTime nowUtc, bool reasonRequired)
        {
            var missing = new List<string>();
            var words = new List<string>();
            if (reasonRequired && string.IsNullOrWhiteSpace(reason))
            {
                missing.Add("reason");
                words.Add("the reason (Skip reason)");
            }

            if (!newStartUtc.HasValue)
            {
                missing.Add("new date");
                words.Add("the new date (Rescheduled to)");
            }

            if (missing.Count > 0)
            {
                var needs = reasonRequired ? "a reason and a new date" : "a new date";
                return SessionChange.Refused(
                    session.Status,
                    $"To {verb} this coaching session, give {needs}, so the coaching still happens. Missing: {string.Join(" and ", words)}.",
                    missing);
            }

            var now = UtcTime.Normalize(nowUtc);
            var newStart = UtcTime.Normalize(newStartUtc!.Value);
            if (newStart <= now)
            {
                return SessionChange.Refused(
                    session.Status,
                    $"To {verb} this coaching session, the new date (Rescheduled to) must be in the future; {AgendaText.Moment(newStart)} has already passed.");
            }

            return null;
        }

        private static string StatusWords(CoachingSessionStatus status)
        {
            switch (status)
            {
                case CoachingSessionStatus.Held: return "held";
                case CoachingSessionStatus.Skipped: return "skipped";
                case CoachingSessionStatus.Rescheduled: return "rescheduled";
                case CoachingSessionStatus.Cancelled: return "cancelled";
                default: return "planned";
            }
        }
    }
}
