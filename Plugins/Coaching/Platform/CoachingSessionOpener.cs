using System;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>
    /// Opens a coaching session for a rep on request, idempotently: when the rep already has a planned session
    /// (at most one is open per rep), that session is returned unchanged; otherwise a planned session is created
    /// with the rep's nearest active manager (a disabled one is passed over; with nobody active the run is refused with a
    /// message saying whose user record needs one), the next weekday at 09:00 UTC (<see cref="CoachingSchedule.ProposeStart"/>), trigger
    /// Manual and an agenda written by <see cref="AgendaWriter"/> with the reason as "Why now". The row is the one
    /// every session the suite opens is (<see cref="SessionRows.NewPlanned"/>), under the id of the session opened for
    /// the rep on that day (<see cref="SessionRows.OpenedForId"/>): two runs racing for the same rep, or a run racing
    /// the plugin that opens sessions on thresholds, converge on one session. Used by the "Open coaching session"
    /// workflow activity. Service calls: the rep with everyone above them (one query), the planned session, and the create.
    /// </summary>
    public static class CoachingSessionOpener
    {
        /// <param name="inTransaction">True when the caller runs inside the platform's database transaction (a
        /// real-time workflow): a racing run then cannot be caught, and the run stops asking to be run again.</param>
        public static OpenedSession Open(
            IOrganizationService service, EntityReference? rep, string? reason, DateTime nowUtc, bool inTransaction, Action<string>? trace = null)
        {
            if (service == null)
            {
                throw new ArgumentNullException(nameof(service));
            }

            var log = trace ?? (_ => { });
            var repId = UserReference.RequireId(rep, "Rep");
            var manager = ManagerChainReader.NearestActiveManager(service, repId, out var user, SystemUser.FullName);
            if (user == null)
            {
                throw UserReference.NotFound(repId, "Rep");
            }

            var planned = PlannedSessions.Find(service, user.Id);
            if (planned != null)
            {
                log($"Rep {user.Id} already has the planned coaching session {planned.Id}; returning it.");
                return Opened(planned, false);
            }

            var now = UtcTime.Normalize(nowUtc);
            var start = CoachingSchedule.ProposeStart(now);
            var repName = user.GetAttributeValue<string>(SystemUser.FullName);
            if (!manager.Found && manager.PassedOver.Count > 0)
            {
                throw new InvalidPluginExecutionException(
                    $"No coaching session was opened: {string.Join(" and ", manager.PassedOver)} {(manager.PassedOver.Count == 1 ? "is" : "are")} disabled and nobody above " +
                    $"in {repName ?? "the rep"}'s hierarchy is active. Set an active manager on {repName ?? "the rep"}'s user record (Manager), then run it again.");
            }

            if (manager.PassedOver.Count > 0)
            {
                log(manager.Explanation);
            }

            var why = string.IsNullOrWhiteSpace(reason) ? "Opened on request from a process." : reason!.Trim();
            var row = SessionRows.NewPlanned(
                SessionRows.OpenedForId(user.Id, start), user.Id, repName, manager.ManagerId, manager.ManagerName, start, CoachingTriggerKind.Manual, null);
            row[CoachingSession.Agenda] = AgendaWriter.Write(new AgendaRequest(repName ?? string.Empty, start, new AgendaTopic[0])
            {
                ManagerName = manager.ManagerName,
                WhyNow = why,
            });

            var session = SessionRows.CreateOrFind(service, row, inTransaction, log);
            log(session.Created
                ? $"Opened the coaching session {session.Session.Id} for rep {user.Id} on {start:u}: {why}"
                : $"Rep {user.Id} got the coaching session {session.Session.Id} another run opened at the same moment; returning it.");
            return Opened(session.Session, session.Created);
        }

        private static OpenedSession Opened(Entity session, bool created) =>
            new OpenedSession(session.Id, created, session.GetAttributeValue<DateTime>(CoachingSession.ScheduledStart));
    }
}
