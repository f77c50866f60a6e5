using System;
using System.Linq;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>
    /// Opens a coaching session for a rep on request, idempotently: when the rep already has a planned session
    /// (at most one is open per rep), that session is returned unchanged; otherwise a planned session is created
    /// with the rep's manager, the next weekday at 09:00 UTC (<see cref="CoachingSchedule.ProposeStart"/>), trigger
    /// Manual and an agenda written by <see cref="AgendaWriter"/> with the reason as "Why now". Used by the
    /// "Open coaching session" workflow activity. Service calls: the rep, the planned session, and the create.
    /// </summary>
    public static class CoachingSessionOpener
    {
        public static OpenedSession Open(IOrganizationService service, EntityReference? rep, string? reason, DateTime nowUtc, Action<string>? trace = null)
        {
            if (service == null)
            {
                throw new ArgumentNullException(nameof(service));
            }

            var log = trace ?? (_ => { });
            var user = UserReference.Require(service, rep, "Rep", SystemUser.FullName, SystemUser.ParentSystemUserId);
            var planned = PlannedSessions.Find(service, user.Id);
            if (planned != null)
            {
                log($"Rep {user.Id} already has the planned coaching session {planned.Id}; returning it.");
                return new OpenedSession(planned.Id, false, planned.GetAttributeValue<DateTime>(CoachingSession.ScheduledStart));
            }

            var now = UtcTime.Normalize(nowUtc);
            var start = CoachingSchedule.ProposeStart(now);
            var repName = user.GetAttributeValue<string>(SystemUser.FullName) ?? string.Empty;
            var manager = user.GetAttributeValue<EntityReference>(SystemUser.ParentSystemUserId);
            var why = string.IsNullOrWhiteSpace(reason) ? "Opened on request from a process." : reason!.Trim();
            var agenda = AgendaWriter.Write(new AgendaRequest(repName, start, new AgendaTopic[0])
            {
                ManagerName = manager?.Name,
                WhyNow = why,
            });

            var session = new Entity(CoachingSession.EntityName)
            {
                [CoachingSession.PrimaryName] = Truncate($"Coaching: {(repName.Length == 0 ? "rep" : repName)}, {start:yyyy-MM-dd}", 100),
                [CoachingSession.RepId] = new EntityReference(SystemUser.EntityName, user.Id),
                [CoachingSession.ScheduledStart] = start,
                [CoachingSession.DurationMinutes] = CoachingSchedule.DefaultDurationMinutes,
                [CoachingSession.Trigger] = new OptionSetValue(CoachingSession.TriggerOption.Manual),
                [CoachingSession.SessionStatus] = new OptionSetValue(CoachingSession.SessionStatusOption.Planned),
                [CoachingSession.Agenda] = agenda,
            };
            if (manager != null)
            {
                session[CoachingSession.ManagerId] = new EntityReference(SystemUser.EntityName, manager.Id);
            }

            var id = service.Create(session);
            log($"Opened the coaching session {id} for rep {user.Id} on {start:u}: {why}");
            return new OpenedSession(id, true, start);
        }

        private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length);
    }
}
