using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>A coaching session as the calendar sees it: who meets, when, for how long, and whether it is still planned.</summary>
    public sealed class CalendarSession
    {
        public CalendarSession(Guid sessionId, string subject, Guid repId, Guid? managerId, CoachingSessionStatus status, DateTime startUtc, int durationMinutes)
        {
            SessionId = sessionId;
            Subject = string.IsNullOrWhiteSpace(subject) ? "Coaching session" : subject;
            RepId = repId;
            ManagerId = managerId;
            Status = status;
            StartUtc = startUtc;
            DurationMinutes = durationMinutes > 0 ? durationMinutes : CoachingSchedule.DefaultDurationMinutes;
        }

        public Guid SessionId { get; }

        public string Subject { get; }

        public Guid RepId { get; }

        public Guid? ManagerId { get; }

        public CoachingSessionStatus Status { get; }

        public DateTime StartUtc { get; }

        /// <summary>The session's duration; a missing or non-positive one is the default (30 minutes).</summary>
        public int DurationMinutes { get; }

        public DateTime EndUtc => StartUtc.AddMinutes(DurationMinutes);

        /// <summary>The manager owns and organizes the meeting; a session without a manager is the rep's own.</summary>
        public Guid OrganizerId => ManagerId ?? RepId;

        /// <summary>The rep and the manager, both required.</summary>
        public IReadOnlyList<Guid> RequiredAttendees =>
            ManagerId.HasValue && ManagerId.Value != RepId ? new[] { RepId, ManagerId.Value } : new[] { RepId };
    }

    /// <summary>An appointment the suite put on the calendar for a session, as found in the org.</summary>
    public sealed class CalendarEntry
    {
        public CalendarEntry(Guid appointmentId, Guid sessionId, bool isOpen, DateTime? startUtc, DateTime? endUtc, Guid? ownerId)
        {
            AppointmentId = appointmentId;
            SessionId = sessionId;
            IsOpen = isOpen;
            StartUtc = startUtc;
            EndUtc = endUtc;
            OwnerId = ownerId;
        }

        public Guid AppointmentId { get; }

        /// <summary>The session it is regarding.</summary>
        public Guid SessionId { get; }

        /// <summary>Open or scheduled: not yet completed or canceled.</summary>
        public bool IsOpen { get; }

        public DateTime? StartUtc { get; }

        public DateTime? EndUtc { get; }

        public Guid? OwnerId { get; }
    }

    public enum CalendarAction
    {
        /// <summary>The calendar already shows the session as it is.</summary>
        None,

        /// <summary>A new appointment for <see cref="CalendarDecision.Slot"/>.</summary>
        Create,

        /// <summary>The appointment takes the slot's time (and owner, attendees, session when said).</summary>
        Update,

        /// <summary>The session was held: the appointment is completed.</summary>
        Complete,

        /// <summary>The session was skipped or cancelled (or its new date has its own appointment): the appointment is canceled.</summary>
        Cancel,
    }

    /// <summary>What to do to the calendar, and why (for the trace).</summary>
    public sealed class CalendarDecision
    {
        private CalendarDecision(CalendarAction action, Guid? appointmentId, CalendarSession? slot, bool rebind, bool writeAttendees, string reason)
        {
            Action = action;
            AppointmentId = appointmentId;
            Slot = slot;
            Rebind = rebind;
            WriteAttendees = writeAttendees;
            Reason = reason;
        }

        public CalendarAction Action { get; }

        /// <summary>The appointment to update, complete or cancel.</summary>
        public Guid? AppointmentId { get; }

        /// <summary>Create and Update: the session whose time, attendees and owner the appointment takes.</summary>
        public CalendarSession? Slot { get; }

        /// <summary>Update: the appointment moves to another session (regarding, subject).</summary>
        public bool Rebind { get; }

        /// <summary>Update: the attendees and organizer are written again (the manager changed, or the appointment moved).</summary>
        public bool WriteAttendees { get; }

        public string Reason { get; }

        internal static CalendarDecision Nothing(string reason) => new CalendarDecision(CalendarAction.None, null, null, false, false, reason);

        internal static CalendarDecision Create(CalendarSession slot, string reason) => new CalendarDecision(CalendarAction.Create, null, slot, false, true, reason);

        internal static CalendarDecision Update(CalendarEntry entry, CalendarSession slot, bool rebind, bool writeAttendees, string reason) =>
            new CalendarDecision(CalendarAction.Update, entry.AppointmentId, slot, rebind, writeAttendees, reason);

        internal static CalendarDecision Close(CalendarAction action, CalendarEntry entry, string reason) => new CalendarDecision(action, entry.AppointmentId, null, false, false, reason);
    }

    /// <summary>
    /// Habit 5, "make coaching a priority", on the calendars: a planned session is an appointment of the manager's with the
    /// rep and the manager as required attendees, at the session's time and for its duration, regarding the session.
    /// Moving the session (a new start or duration) moves the appointment, a new manager takes it over; holding the
    /// session completes it; skipping or cancelling cancels it. Rescheduling (status Rescheduled, with a new date) moves
    /// the same appointment to the session at the new date, so the people invited see the meeting move rather than a
    /// cancellation and a new invitation. An appointment someone completed or canceled on the calendar is left as it is.
    /// Plain decisions, no service call: the caller finds the appointments and writes what is decided.
    /// </summary>
    public static class SessionCalendar
    {
        /// <summary>
        /// The calendar for <paramref name="session"/>: <paramref name="own"/> is the appointment regarding it (null: none
        /// yet); <paramref name="fromRescheduled"/> the still open appointment of the session it was rescheduled from (a
        /// planned session only; null when there is none); <paramref name="peopleChanged"/> whether the rep or the manager
        /// changed in this save.
        /// </summary>
        public static CalendarDecision ForSession(CalendarSession session, CalendarEntry? own, CalendarEntry? fromRescheduled, bool peopleChanged)
        {
            if (session == null)
            {
                throw new ArgumentNullException(nameof(session));
            }

            switch (session.Status)
            {
                case CoachingSessionStatus.Planned:
                    return Planned(session, own, fromRescheduled, peopleChanged);
                case CoachingSessionStatus.Held:
                    return own != null && own.IsOpen
                        ? CalendarDecision.Close(CalendarAction.Complete, own, "The session was held: its appointment is completed.")
                        : CalendarDecision.Nothing(Closed(own, "held"));
                case CoachingSessionStatus.Skipped:
                case CoachingSessionStatus.Cancelled:
                    var word = session.Status == CoachingSessionStatus.Skipped ? "skipped" : "cancelled";
                    return own != null && own.IsOpen
                        ? CalendarDecision.Close(CalendarAction.Cancel, own, $"The session was {word}: its appointment is canceled (the session at the new date gets its own).")
                        : CalendarDecision.Nothing(Closed(own, word));
                default:
                    return CalendarDecision.Nothing("A rescheduled session's appointment moves with the session at the new date (ForRescheduled).");
            }
        }

        /// <summary>
        /// The appointment of a session rescheduled to a new date: <paramref name="next"/> is the rep's planned session
        /// (null: not created yet, and its creation moves the appointment), <paramref name="nextOwn"/> the appointment
        /// regarding it.
        /// </summary>
        public static CalendarDecision ForRescheduled(CalendarEntry? own, CalendarSession? next, CalendarEntry? nextOwn)
        {
            if (own == null || !own.IsOpen)
            {
                return CalendarDecision.Nothing(Closed(own, "rescheduled"));
            }

            if (next == null)
            {
                return CalendarDecision.Nothing("The session at the new date is not planned yet: when it is, it takes this appointment over.");
            }

            if (nextOwn != null)
            {
                return CalendarDecision.Close(CalendarAction.Cancel, own, "The rep's planned session already has its own appointment: this one is canceled.");
            }

            return CalendarDecision.Update(own, next, rebind: true, writeAttendees: true, "The session was rescheduled: its appointment moves to the session at the new date.");
        }

        private static CalendarDecision Planned(CalendarSession session, CalendarEntry? own, CalendarEntry? fromRescheduled, bool peopleChanged)
        {
            if (own != null)
            {
                if (!own.IsOpen)
                {
                    return CalendarDecision.Nothing("The session's appointment was completed or canceled on the calendar: it is left as it is.");
                }

                var moved = own.StartUtc != session.StartUtc || own.EndUtc != session.EndUtc;
                var newOwner = own.OwnerId != session.OrganizerId;
                if (!moved && !newOwner && !peopleChanged)
                {
                    return CalendarDecision.Nothing("The appointment already shows the session as it is (a retry, or nothing the calendar shows changed).");
                }

                return CalendarDecision.Update(
                    own, session, rebind: false, writeAttendees: newOwner || peopleChanged,
                    moved ? "The session moved: so does its appointment." : "The session has a new rep or manager: the appointment is theirs now.");
            }

            if (fromRescheduled != null && fromRescheduled.IsOpen)
            {
                return CalendarDecision.Update(
                    fromRescheduled, session, rebind: true, writeAttendees: true, "The session was rescheduled to this one: the same appointment moves here.");
            }

            return CalendarDecision.Create(session, "A planned session goes on the rep's and the manager's calendars.");
        }

        private static string Closed(CalendarEntry? own, string word) =>
            own == null
                ? $"The {word} session has no open appointment: nothing to change on the calendar."
                : $"The {word} session's appointment is already completed or canceled.";
    }
}
