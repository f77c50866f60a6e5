using System;
using CrmIndependence.Plugins.Coaching;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Coaching
{
    /// <summary>The calendar rule alone: which appointment a session's change creates, moves, completes or cancels.</summary>
    [TestClass]
    public sealed class SessionCalendarRuleTests
    {
        private static readonly DateTime Start = new DateTime(2025, 1, 7, 9, 0, 0, DateTimeKind.Utc);
        private static readonly Guid Rep = new Guid("20000000-0000-0000-0000-000000000001");
        private static readonly Guid Manager = new Guid("20000000-0000-0000-0000-000000000002");
        private static readonly Guid SessionId = new Guid("30000000-0000-0000-0000-000000000001");
        private static readonly Guid NextId = new Guid("30000000-0000-0000-0000-000000000002");

        private static CalendarSession Session(CoachingSessionStatus status, Guid? id = null, Guid? manager = null, int duration = 30, DateTime? start = null) =>
            new CalendarSession(id ?? SessionId, "1:1", Rep, manager ?? Manager, status, start ?? Start, duration);

        private static CalendarEntry Entry(Guid sessionId, bool open = true, DateTime? start = null, int minutes = 30, Guid? owner = null) =>
            new CalendarEntry(Guid.NewGuid(), sessionId, open, start ?? Start, (start ?? Start).AddMinutes(minutes), owner ?? Manager);

        [TestMethod]
        public void A_session_without_a_manager_is_the_reps_own_meeting_and_a_missing_duration_is_30_minutes()
        {
            var session = new CalendarSession(SessionId, " ", Rep, null, CoachingSessionStatus.Planned, Start, 0);
            Assert.AreEqual(Rep, session.OrganizerId);
            CollectionAssert.AreEqual(new[] { Rep }, (System.Collections.ICollection)session.RequiredAttendees);
            Assert.AreEqual(Start.AddMinutes(30), session.EndUtc);
            Assert.AreEqual("Coaching session", session.Subject);
        }

        [TestMethod]
        public void A_planned_session_without_an_appointment_gets_one_unless_it_inherits_the_rescheduled_one()
        {
            Assert.AreEqual(CalendarAction.Create, SessionCalendar.ForSession(Session(CoachingSessionStatus.Planned), null, null, false).Action);

            var inherited = Entry(Guid.NewGuid(), start: Start.AddDays(-2));
            var decision = SessionCalendar.ForSession(Session(CoachingSessionStatus.Planned), null, inherited, false);
            Assert.AreEqual(CalendarAction.Update, decision.Action);
            Assert.AreEqual(inherited.AppointmentId, decision.AppointmentId);
            Assert.IsTrue(decision.Rebind && decision.WriteAttendees);
        }

        [TestMethod]
        public void An_unchanged_appointment_is_left_alone_and_a_closed_one_is_never_reopened()
        {
            Assert.AreEqual(CalendarAction.None, SessionCalendar.ForSession(Session(CoachingSessionStatus.Planned), Entry(SessionId), null, false).Action);
            Assert.AreEqual(CalendarAction.None, SessionCalendar.ForSession(Session(CoachingSessionStatus.Planned, start: Start.AddDays(1)), Entry(SessionId, open: false), null, true).Action);
            Assert.AreEqual(CalendarAction.None, SessionCalendar.ForSession(Session(CoachingSessionStatus.Held), Entry(SessionId, open: false), null, false).Action);
            Assert.AreEqual(CalendarAction.None, SessionCalendar.ForSession(Session(CoachingSessionStatus.Skipped), null, null, false).Action);
        }

        [TestMethod]
        public void A_new_time_moves_the_appointment_and_a_new_manager_rewrites_its_attendees()
        {
            var moved = SessionCalendar.ForSession(Session(CoachingSessionStatus.Planned, duration: 45), Entry(SessionId), null, false);
            Assert.AreEqual(CalendarAction.Update, moved.Action);
            Assert.IsFalse(moved.WriteAttendees || moved.Rebind);

            var handedOver = SessionCalendar.ForSession(Session(CoachingSessionStatus.Planned, manager: Guid.NewGuid()), Entry(SessionId), null, true);
            Assert.AreEqual(CalendarAction.Update, handedOver.Action);
            Assert.IsTrue(handedOver.WriteAttendees);
        }

        [TestMethod]
        public void Held_completes_skipped_and_cancelled_cancel()
        {
            Assert.AreEqual(CalendarAction.Complete, SessionCalendar.ForSession(Session(CoachingSessionStatus.Held), Entry(SessionId), null, false).Action);
            Assert.AreEqual(CalendarAction.Cancel, SessionCalendar.ForSession(Session(CoachingSessionStatus.Skipped), Entry(SessionId), null, false).Action);
            Assert.AreEqual(CalendarAction.Cancel, SessionCalendar.ForSession(Session(CoachingSessionStatus.Cancelled), Entry(SessionId), null, false).Action);
        }

        [TestMethod]
        public void A_rescheduled_appointment_waits_for_the_next_session_moves_to_it_or_gives_way_to_its_own()
        {
            var own = Entry(SessionId);
            var next = Session(CoachingSessionStatus.Planned, id: NextId, start: Start.AddDays(3));

            Assert.AreEqual(CalendarAction.None, SessionCalendar.ForRescheduled(own, null, null).Action, "the next session is not there yet: its creation takes the appointment");

            var move = SessionCalendar.ForRescheduled(own, next, null);
            Assert.AreEqual(CalendarAction.Update, move.Action);
            Assert.AreEqual(NextId, move.Slot!.SessionId);
            Assert.IsTrue(move.Rebind);

            Assert.AreEqual(CalendarAction.Cancel, SessionCalendar.ForRescheduled(own, next, Entry(NextId)).Action, "the rep's planned session has its own");
            Assert.AreEqual(CalendarAction.None, SessionCalendar.ForRescheduled(Entry(SessionId, open: false), next, null).Action);
        }
    }
}
