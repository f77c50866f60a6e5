using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>
    /// The appointments that put coaching sessions on calendars (<see cref="SessionCalendar"/> decides): found by what they
    /// are regarding, written as the suite (the caller passes the SYSTEM service: the rep who saved a session may hold no
    /// privilege on the manager's appointments). A new session's appointment gets an id derived from the session, so a
    /// retried or racing step creates it once: the second Create meets the taken id and leaves the first.
    /// </summary>
    public static class SessionAppointments
    {
        private const string SessionAlias = "session";

        /// <summary>The id of the appointment created for <paramref name="sessionId"/>.</summary>
        public static Guid IdFor(Guid sessionId) => DeterministicId.Create(sessionId, "coaching-session-appointment");

        /// <summary>
        /// The appointments regarding any of <paramref name="sessionIds"/> (one query), each with the status of the session
        /// it is regarding; the earliest created first.
        /// </summary>
        public static IReadOnlyList<FoundAppointment> Regarding(IOrganizationService service, params Guid[] sessionIds)
        {
            var query = new QueryExpression(Appointment.EntityName)
            {
                ColumnSet = new ColumnSet(Appointment.RegardingObjectId, Appointment.ScheduledStart, Appointment.ScheduledEnd, Appointment.OwnerId, Appointment.StateCode),
            };
            query.Criteria.AddCondition(Appointment.RegardingObjectId, ConditionOperator.In, sessionIds.Distinct().Cast<object>().ToArray());
            var session = query.AddLink(CoachingSession.EntityName, Appointment.RegardingObjectId, CoachingSession.PrimaryId);
            session.EntityAlias = SessionAlias;
            session.Columns = new ColumnSet(CoachingSession.SessionStatus);
            query.AddOrder(ActivityPointer.CreatedOn, OrderType.Ascending);
            return service.RetrieveMultiple(query).Entities.Select(row =>
            {
                var state = row.GetAttributeValue<OptionSetValue>(Appointment.StateCode)?.Value;
                var entry = new CalendarEntry(
                    row.Id,
                    row.GetAttributeValue<EntityReference>(Appointment.RegardingObjectId)!.Id,
                    state == Appointment.States.Open || state == Appointment.States.Scheduled,
                    row.GetAttributeValue<DateTime?>(Appointment.ScheduledStart),
                    row.GetAttributeValue<DateTime?>(Appointment.ScheduledEnd),
                    row.GetAttributeValue<EntityReference>(Appointment.OwnerId)?.Id);
                var status = (row.GetAttributeValue<AliasedValue>(SessionAlias + "." + CoachingSession.SessionStatus)?.Value as OptionSetValue)?.Value;
                return new FoundAppointment(entry, status.HasValue ? (CoachingSessionStatus?)status.Value : null);
            }).ToList();
        }

        /// <summary>
        /// Writes <paramref name="decision"/>; returns what it did, for the trace. A Create whose id is already taken (a
        /// retry, or another step that got there first) writes nothing.
        /// </summary>
        public static string Apply(IOrganizationService service, CalendarDecision decision)
        {
            switch (decision.Action)
            {
                case CalendarAction.Create:
                    var slot = decision.Slot!;
                    var row = Slot(new Entity(Appointment.EntityName, IdFor(slot.SessionId)), slot, rebind: true, attendees: true);
                    try
                    {
                        service.Create(row);
                        return $"Appointment {row.Id} created: {slot.StartUtc:u}, {slot.DurationMinutes} minutes.";
                    }
                    catch (FaultException<OrganizationServiceFault> fault) when (SessionRows.IsDuplicate(fault))
                    {
                        return $"Appointment {row.Id} already exists (a retry or another step created it): nothing created.";
                    }

                case CalendarAction.Update:
                    var update = Slot(new Entity(Appointment.EntityName, decision.AppointmentId!.Value), decision.Slot!, decision.Rebind, decision.WriteAttendees);
                    service.Update(update);
                    return $"Appointment {update.Id} updated: {decision.Slot!.StartUtc:u}, {decision.Slot.DurationMinutes} minutes" +
                           (decision.Rebind ? $", now regarding session {decision.Slot.SessionId}." : ".");

                case CalendarAction.Complete:
                case CalendarAction.Cancel:
                    var completed = decision.Action == CalendarAction.Complete;
                    service.Update(new Entity(Appointment.EntityName, decision.AppointmentId!.Value)
                    {
                        [Appointment.StateCode] = new OptionSetValue(completed ? Appointment.States.Completed : Appointment.States.Canceled),
                        [Appointment.StatusCode] = new OptionSetValue(completed ? Appointment.Statuses.Completed : Appointment.Statuses.Canceled),
                    });
                    return $"Appointment {decision.AppointmentId} {(completed ? "completed" : "canceled")}.";

                default:
                    return "Nothing written to the calendar.";
            }
        }

        private static Entity Slot(Entity row, CalendarSession slot, bool rebind, bool attendees)
        {
            row[Appointment.ScheduledStart] = slot.StartUtc;
            row[Appointment.ScheduledEnd] = slot.EndUtc;
            row[Appointment.ScheduledDurationMinutes] = slot.DurationMinutes;
            if (rebind)
            {
                row[Appointment.RegardingObjectId] = new EntityReference(CoachingSession.EntityName, slot.SessionId);
                row[Appointment.Subject] = slot.Subject;
            }

            if (attendees)
            {
                row[Appointment.OwnerId] = new EntityReference(SystemUser.EntityName, slot.OrganizerId);
                row[Appointment.Organizer] = Parties(slot.OrganizerId);
                row[Appointment.RequiredAttendees] = Parties(slot.RequiredAttendees.ToArray());
            }

            return row;
        }

        private static EntityCollection Parties(params Guid[] users) =>
            new EntityCollection(users.Select(user => new Entity(ActivityParty.EntityName)
            {
                [ActivityParty.PartyId] = new EntityReference(SystemUser.EntityName, user),
            }).ToList())
            { EntityName = ActivityParty.EntityName };
    }

    /// <summary>An appointment regarding a coaching session, with that session's status.</summary>
    public sealed class FoundAppointment
    {
        public FoundAppointment(CalendarEntry entry, CoachingSessionStatus? sessionStatus)
        {
            Entry = entry;
            SessionStatus = sessionStatus;
        }

        public CalendarEntry Entry { get; }

        public CoachingSessionStatus? SessionStatus { get; }
    }
}
