using System;
using System.Linq;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Steps
{
    /// <summary>
    /// Habit 5 on the calendars (<see cref="SessionCalendar"/>): a planned coaching session becomes an appointment owned
    /// and organized by the session's manager, with the rep and the manager as required attendees, at the session's
    /// start for its duration, regarding the session; a new start, duration or manager moves it; held completes it;
    /// skipped or cancelled cancels it; rescheduled moves it to the session at the new date. Asynchronous (no save waits
    /// for the calendar) and written as SYSTEM: whoever saved the session (a rep, a manager, the suite) need hold no
    /// privilege on the manager's appointments.
    /// <para>Retry-safe: the appointment is found by what it is regarding before anything is written, and a new one's id
    /// derives from its session, so a job that Dataverse runs twice creates one appointment.</para>
    /// <para>Service calls: one query (the appointments regarding the session and, for a session rescheduled into this
    /// one, the previous session), then at most one Create or Update; a rescheduled session also reads the rep's planned
    /// session and its appointment (two queries).</para>
    /// </summary>
    [Step("Create", CoachingSession.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        PostImage = ImageColumns, Description = Purpose)]
    [Step("Update", CoachingSession.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = CoachingSession.SessionStatus + "," + CoachingSession.ScheduledStart + "," + CoachingSession.DurationMinutes + "," +
                              CoachingSession.ManagerId + "," + CoachingSession.RepId,
        PreImage = CoachingSession.RepId + "," + CoachingSession.ManagerId, PostImage = ImageColumns, Description = Purpose)]
    public sealed class PutSessionOnCalendars : PluginBase
    {
        private const string Purpose = "Keeps a coaching session on the rep's and the manager's calendars as an appointment.";

        private const string ImageColumns =
            CoachingSession.PrimaryName + "," + CoachingSession.RepId + "," + CoachingSession.ManagerId + "," + CoachingSession.SessionStatus + "," +
            CoachingSession.ScheduledStart + "," + CoachingSession.DurationMinutes + "," + CoachingSession.PreviousSessionId;

        public PutSessionOnCalendars(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var sessionId = context.ExecutionContext.PrimaryEntityId;
            if (!context.TryPostImage("No post-image of the session: nothing to put on the calendar.", out var after))
            {
                return;
            }

            var session = Read(sessionId, after);
            if (session == null)
            {
                context.Trace("The session names no rep or no start: nothing to put on the calendar.");
                return;
            }

            var service = context.SystemService;
            CalendarDecision decision;
            if (session.Status == CoachingSessionStatus.Rescheduled)
            {
                var own = SessionAppointments.Regarding(service, sessionId).FirstOrDefault()?.Entry;
                var nextRow = own != null && own.IsOpen ? PlannedSessions.Find(service, session.RepId, except: sessionId) : null;
                var next = nextRow == null ? null : Read(nextRow.Id, nextRow);
                var nextOwn = next == null ? null : SessionAppointments.Regarding(service, next.SessionId).FirstOrDefault()?.Entry;
                decision = SessionCalendar.ForRescheduled(own, next, nextOwn);
            }
            else
            {
                var previousId = after.GetAttributeValue<EntityReference>(CoachingSession.PreviousSessionId)?.Id;
                var found = previousId.HasValue
                    ? SessionAppointments.Regarding(service, sessionId, previousId.Value)
                    : SessionAppointments.Regarding(service, sessionId);
                var own = found.FirstOrDefault(appointment => appointment.Entry.SessionId == sessionId)?.Entry;
                var fromRescheduled = found.FirstOrDefault(appointment =>
                    appointment.Entry.SessionId == previousId && appointment.SessionStatus == CoachingSessionStatus.Rescheduled && appointment.Entry.IsOpen)?.Entry;
                decision = SessionCalendar.ForSession(session, own, fromRescheduled, PeopleChanged(context, after));
            }

            context.Trace(decision.Reason);
            context.Trace(SessionAppointments.Apply(service, decision));
        }

        private static CalendarSession? Read(Guid sessionId, Entity row)
        {
            var rep = row.GetAttributeValue<EntityReference>(CoachingSession.RepId);
            var start = row.GetAttributeValue<DateTime?>(CoachingSession.ScheduledStart);
            if (rep == null || start == null)
            {
                return null;
            }

            return new CalendarSession(
                sessionId,
                row.GetAttributeValue<string>(CoachingSession.PrimaryName) ?? string.Empty,
                rep.Id,
                row.GetAttributeValue<EntityReference>(CoachingSession.ManagerId)?.Id,
                SessionStateReader.Status(row.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value) ?? CoachingSessionStatus.Planned,
                UtcTime.Normalize(start.Value),
                row.GetAttributeValue<int?>(CoachingSession.DurationMinutes) ?? CoachingSchedule.DefaultDurationMinutes);
        }

        private static bool PeopleChanged(LocalPluginContext context, Entity after)
        {
            var before = context.PreImage();
            if (before == null)
            {
                return false;
            }

            return before.GetAttributeValue<EntityReference>(CoachingSession.RepId)?.Id != after.GetAttributeValue<EntityReference>(CoachingSession.RepId)?.Id
                || before.GetAttributeValue<EntityReference>(CoachingSession.ManagerId)?.Id != after.GetAttributeValue<EntityReference>(CoachingSession.ManagerId)?.Id;
        }
    }
}
