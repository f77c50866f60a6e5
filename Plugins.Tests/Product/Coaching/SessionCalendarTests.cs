using System;
using System.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Coaching.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Product.Coaching
{
    /// <summary>
    /// Habit 5 on the calendars: a planned 1:1 is an appointment the rep and the manager both have, which moves, is
    /// canceled or completed with the session.
    /// </summary>
    [TestClass]
    public sealed class SessionCalendarTests
    {
        private static Entity[] AppointmentsOf(SalesOrg org, Guid sessionId) =>
            org.Org.Rows(Appointment.EntityName).Where(row => row.GetAttributeValue<EntityReference>(Appointment.RegardingObjectId)?.Id == sessionId).ToArray();

        private static Entity OnlyAppointmentOf(SalesOrg org, Guid sessionId)
        {
            var appointments = AppointmentsOf(org, sessionId);
            Assert.AreEqual(1, appointments.Length, $"session {sessionId} should have exactly one appointment");
            return appointments[0];
        }

        private static int State(Entity appointment) => appointment.GetAttributeValue<OptionSetValue>(Appointment.StateCode).Value;

        private static Guid[] Parties(Entity appointment, string column) =>
            appointment.GetAttributeValue<EntityCollection>(column).Entities.Select(party => party.GetAttributeValue<EntityReference>(ActivityParty.PartyId).Id).ToArray();

        /// <summary>The user's calendar: the appointments they are a required attendee of, read as the user.</summary>
        private static Entity[] CalendarOf(SalesOrg org, User user)
        {
            var query = new QueryExpression(Appointment.EntityName)
            {
                ColumnSet = new ColumnSet(Appointment.Subject, Appointment.ScheduledStart, Appointment.ScheduledEnd, Appointment.RegardingObjectId, Appointment.StateCode),
            };
            var party = query.AddLink(ActivityParty.EntityName, Appointment.PrimaryId, ActivityParty.ActivityId);
            party.LinkCriteria.AddCondition(ActivityParty.PartyId, ConditionOperator.Equal, user.Id);
            party.LinkCriteria.AddCondition(ActivityParty.ParticipationTypeMask, ConditionOperator.Equal, ActivityParty.ParticipationTypes.RequiredAttendee);
            return org.As(user).RetrieveMultiple(query).Entities.ToArray();
        }

        [TestMethod]
        public void A_planned_session_is_on_the_reps_and_the_managers_calendars()
        {
            var org = new SalesOrg();
            var start = org.Org.Now.AddDays(1);

            var session = org.PlanSession(org.Max, org.Riley, start);

            org.NoAsyncFailures();
            var appointment = OnlyAppointmentOf(org, session);
            Assert.AreEqual(CoachingSession.EntityName, appointment.GetAttributeValue<EntityReference>(Appointment.RegardingObjectId).LogicalName, "regarding the session");
            Assert.AreEqual("1:1 Riley Rep", appointment[Appointment.Subject]);
            Assert.AreEqual(start, appointment[Appointment.ScheduledStart]);
            Assert.AreEqual(start.AddMinutes(30), appointment[Appointment.ScheduledEnd]);
            Assert.AreEqual(30, appointment[Appointment.ScheduledDurationMinutes]);
            Assert.AreEqual(Appointment.States.Open, State(appointment));
            Assert.AreEqual(org.Max.Id, appointment.GetAttributeValue<EntityReference>(Appointment.OwnerId).Id, "the manager owns the meeting");
            CollectionAssert.AreEqual(new[] { org.Max.Id }, Parties(appointment, Appointment.Organizer));
            CollectionAssert.AreEquivalent(new[] { org.Riley.Id, org.Max.Id }, Parties(appointment, Appointment.RequiredAttendees));

            var rileys = CalendarOf(org, org.Riley).Single();
            Assert.AreEqual(appointment.Id, rileys.Id, "Riley reads the 1:1 on their calendar, as themselves");
            Assert.AreEqual("1:1 Riley Rep", org.As(org.Riley).Retrieve(Appointment.EntityName, appointment.Id, new ColumnSet(Appointment.Subject))[Appointment.Subject]);
            Assert.AreEqual(appointment.Id, CalendarOf(org, org.Max).Single().Id);
            Assert.AreEqual(0, CalendarOf(org, org.Sam).Length, "another rep is not invited");
        }

        [TestMethod]
        public void The_appointment_lasts_the_sessions_duration()
        {
            var org = new SalesOrg();
            var start = org.Org.Now.AddDays(1);
            var session = org.PlanSession(org.Max, org.Riley, start);

            org.As(org.Max).Update(new Entity(CoachingSession.EntityName, session) { [CoachingSession.DurationMinutes] = 45 });

            var appointment = OnlyAppointmentOf(org, session);
            Assert.AreEqual(start.AddMinutes(45), appointment[Appointment.ScheduledEnd]);
            Assert.AreEqual(45, appointment[Appointment.ScheduledDurationMinutes]);
        }

        [TestMethod]
        public void Sessions_the_suite_opens_are_on_the_calendar_for_the_default_30_minutes()
        {
            var org = new SalesOrg();
            org.File(org.Riley, HelpRequestDesk.NonUrgent("Question 1"));
            org.File(org.Riley, HelpRequestDesk.NonUrgent("Question 2"));
            org.File(org.Riley, HelpRequestDesk.NonUrgent("Question 3"));

            var session = org.OnlyOpenSessionOf(org.Riley);
            var appointment = OnlyAppointmentOf(org, session.Id);
            StringAssert.StartsWith((string)appointment[Appointment.Subject], "Coaching: Riley Rep, ");
            Assert.AreEqual(session[CoachingSession.PrimaryName], appointment[Appointment.Subject]);
            var guide = CrmIndependence.Plugins.Tests.SdkConformance.RepositoryLayout.Current.Text("docs/INSTALL.md");
            StringAssert.Contains(guide, $"| Subject | the session's name (`{appointment[Appointment.Subject]}` for the sessions the suite opens", "the install guide shows the subject as the suite writes it");
            Assert.AreEqual(session[CoachingSession.ScheduledStart], appointment[Appointment.ScheduledStart]);
            Assert.AreEqual(30, appointment[Appointment.ScheduledDurationMinutes]);
            CollectionAssert.AreEquivalent(new[] { org.Riley.Id, org.Max.Id }, Parties(appointment, Appointment.RequiredAttendees));
        }

        [TestMethod]
        public void Moving_a_planned_session_moves_its_appointment()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            var before = OnlyAppointmentOf(org, session);
            var later = org.Org.Now.AddDays(2).AddHours(5);

            org.As(org.Max).Update(new Entity(CoachingSession.EntityName, session) { [CoachingSession.ScheduledStart] = later });

            var after = OnlyAppointmentOf(org, session);
            Assert.AreEqual(before.Id, after.Id, "the same meeting moves: no cancellation and new invitation");
            Assert.AreEqual(later, after[Appointment.ScheduledStart]);
            Assert.AreEqual(later.AddMinutes(30), after[Appointment.ScheduledEnd]);
        }

        [TestMethod]
        public void Rescheduling_moves_the_appointment_to_the_session_at_the_new_date()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            var appointment = OnlyAppointmentOf(org, session).Id;
            var newDate = org.Org.Now.AddDays(4);

            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Rescheduled, "Customer visit", newDate);

            org.NoAsyncFailures();
            var next = org.OnlyOpenSessionOf(org.Riley);
            var moved = OnlyAppointmentOf(org, next.Id);
            Assert.AreEqual(appointment, moved.Id, "the rescheduled meeting is the same appointment");
            Assert.AreEqual(newDate, moved[Appointment.ScheduledStart]);
            Assert.AreEqual(Appointment.States.Open, State(moved));
            Assert.AreEqual(0, AppointmentsOf(org, session).Length);
            Assert.AreEqual(1, org.Org.Rows(Appointment.EntityName).Count(), "one meeting on the calendar");
            Assert.AreEqual(newDate, CalendarOf(org, org.Riley).Single()[Appointment.ScheduledStart]);
        }

        [TestMethod]
        public void Skipping_cancels_the_appointment_and_the_session_at_the_new_date_gets_its_own()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            var newDate = org.Org.Now.AddDays(3);

            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Skipped, "Forecast call", newDate);

            org.NoAsyncFailures();
            var skipped = OnlyAppointmentOf(org, session);
            Assert.AreEqual(Appointment.States.Canceled, State(skipped));
            Assert.AreEqual(Appointment.Statuses.Canceled, skipped.GetAttributeValue<OptionSetValue>(Appointment.StatusCode).Value);
            var next = OnlyAppointmentOf(org, org.OnlyOpenSessionOf(org.Riley).Id);
            Assert.AreEqual(Appointment.States.Open, State(next));
            Assert.AreEqual(newDate, next[Appointment.ScheduledStart]);
        }

        [TestMethod]
        public void Cancelling_cancels_the_appointment()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));

            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Cancelled, "Offsite", org.Org.Now.AddDays(8));

            Assert.AreEqual(Appointment.States.Canceled, State(OnlyAppointmentOf(org, session)));
        }

        [TestMethod]
        public void Holding_completes_the_appointment_and_the_next_session_is_on_the_calendar()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now);

            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Held);

            org.NoAsyncFailures();
            var held = OnlyAppointmentOf(org, session);
            Assert.AreEqual(Appointment.States.Completed, State(held));
            Assert.AreEqual(Appointment.Statuses.Completed, held.GetAttributeValue<OptionSetValue>(Appointment.StatusCode).Value);
            var next = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(next[CoachingSession.ScheduledStart], OnlyAppointmentOf(org, next.Id)[Appointment.ScheduledStart]);
        }

        [TestMethod]
        public void An_appointment_the_manager_canceled_on_the_calendar_is_left_as_they_left_it()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            var appointment = OnlyAppointmentOf(org, session).Id;
            org.As(org.Max).Update(new Entity(Appointment.EntityName, appointment) { [Appointment.StateCode] = new OptionSetValue(Appointment.States.Canceled) });

            org.As(org.Max).Update(new Entity(CoachingSession.EntityName, session) { [CoachingSession.ScheduledStart] = org.Org.Now.AddDays(2) });

            org.NoAsyncFailures();
            var after = OnlyAppointmentOf(org, session);
            Assert.AreEqual(Appointment.States.Canceled, State(after), "not reopened");
            Assert.AreEqual(org.Org.Now.AddDays(1), after[Appointment.ScheduledStart], "not moved");
        }

        [TestMethod]
        public void A_new_manager_takes_the_appointment_over()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));

            org.As(org.Max).Update(new Entity(CoachingSession.EntityName, session) { [CoachingSession.ManagerId] = org.Director.ToEntityReference() });

            var appointment = OnlyAppointmentOf(org, session);
            Assert.AreEqual(org.Director.Id, appointment.GetAttributeValue<EntityReference>(Appointment.OwnerId).Id);
            CollectionAssert.AreEqual(new[] { org.Director.Id }, Parties(appointment, Appointment.Organizer));
            CollectionAssert.AreEquivalent(new[] { org.Riley.Id, org.Director.Id }, Parties(appointment, Appointment.RequiredAttendees));
            Assert.AreEqual(0, CalendarOf(org, org.Max).Length, "Max is no longer invited");
        }

        [TestMethod]
        public void Disabling_the_manager_hands_the_appointment_to_the_next_active_manager()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));

            org.As(org.SystemAdministrator).Update(new Entity(SystemUser.EntityName, org.Max.Id) { [SystemUser.IsDisabled] = true });

            org.NoAsyncFailures();
            var appointment = OnlyAppointmentOf(org, session);
            Assert.AreEqual(org.Director.Id, appointment.GetAttributeValue<EntityReference>(Appointment.OwnerId).Id);
            CollectionAssert.AreEquivalent(new[] { org.Riley.Id, org.Director.Id }, Parties(appointment, Appointment.RequiredAttendees));
            Assert.AreEqual(appointment.Id, CalendarOf(org, org.Director).Single().Id);
        }

        [TestMethod]
        public void A_retried_job_creates_no_second_appointment()
        {
            var org = new SalesOrg();
            org.Org.Options.AsyncMode = CrmIndependence.Emulator.AsyncMode.Manual;
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            var run = org.Org.RunAsyncSteps().RunsOf<PutSessionOnCalendars>().Single();

            var trace = PluginHarness.Replay(org, run);

            Assert.AreEqual(1, AppointmentsOf(org, session).Length);
            CollectionAssert.Contains(trace.ToArray(), "The appointment already shows the session as it is (a retry, or nothing the calendar shows changed).");
            Assert.AreEqual(SessionAppointments.IdFor(session), AppointmentsOf(org, session)[0].Id);
        }

        [TestMethod]
        public void Two_jobs_racing_for_the_same_session_create_one_appointment()
        {
            var org = new SalesOrg();
            org.Org.Options.AsyncMode = CrmIndependence.Emulator.AsyncMode.Manual;
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            org.Org.RunAsyncSteps();
            org.Org.AsSystem.Delete(Appointment.EntityName, SessionAppointments.IdFor(session));
            // The racing job found no appointment and creates one; the other job, a moment later, meets the taken id.
            org.Org.AsSystem.Create(new Entity(Appointment.EntityName, SessionAppointments.IdFor(session)) { [Appointment.Subject] = "created by the other job" });

            var created = SessionAppointments.Apply(org.Org.AsSystem, CrmIndependence.Plugins.Coaching.SessionCalendar.ForSession(
                new CrmIndependence.Plugins.Coaching.CalendarSession(session, "1:1", org.Riley.Id, org.Max.Id, CrmIndependence.Plugins.Coaching.CoachingSessionStatus.Planned, org.Org.Now.AddDays(1), 30),
                own: null, fromRescheduled: null, peopleChanged: false));

            StringAssert.Contains(created, "already exists (a retry or another step created it): nothing created");
            Assert.AreEqual(1, org.Org.Rows(Appointment.EntityName).Count());
        }

        [TestMethod]
        [DataRow("move")]
        [DataRow("hold")]
        [DataRow("cancel")]
        [DataRow("reschedule")]
        public void Following_a_session_change_costs_one_query_and_one_write_a_reschedule_up_to_two_queries_more(string change)
        {
            var org = new SalesOrg();
            org.Org.Options.AsyncMode = CrmIndependence.Emulator.AsyncMode.Manual;
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            org.Org.RunAsyncSteps();

            switch (change)
            {
                case "move":
                    org.As(org.Max).Update(new Entity(CoachingSession.EntityName, session) { [CoachingSession.ScheduledStart] = org.Org.Now.AddDays(2) });
                    break;
                case "hold":
                    org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Held);
                    break;
                case "cancel":
                    org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Cancelled, "Offsite", org.Org.Now.AddDays(8));
                    break;
                default:
                    org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Rescheduled, "Customer visit", org.Org.Now.AddDays(4));
                    break;
            }

            var runs = org.Org.RunAsyncSteps().RunsOf<PutSessionOnCalendars>().ToList();   // and the jobs they queue

            Assert.IsNotEmpty(runs, "the calendar step followed the change");
            foreach (var run in runs)
            {
                var calls = string.Join(", ", run.ServiceCallsByMessage.Select(pair => pair.Key + " " + pair.Value));
                var queries = run.ServiceCallsByMessage.Where(pair => pair.Key is "RetrieveMultiple" or "Retrieve").Sum(pair => pair.Value);
                var writes = run.ServiceCalls - queries;
                Assert.IsTrue(writes <= 1, $"{change}: one write at most per run ({calls})");
                Assert.IsTrue(queries <= (change == "reschedule" ? 3 : 1), $"{change}: {queries} queries ({calls})");
            }
        }

        [TestMethod]
        public void Putting_a_session_on_the_calendar_costs_one_query_and_one_write()
        {
            var org = new SalesOrg();
            org.Org.Options.AsyncMode = CrmIndependence.Emulator.AsyncMode.Manual;
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            var run = org.Org.RunAsyncSteps().RunsOf<PutSessionOnCalendars>().Single();
            Assert.AreEqual(2, run.ServiceCalls, string.Join(", ", run.ServiceCallsByMessage.Select(pair => pair.Key + " " + pair.Value)));
            Assert.AreEqual(1, AppointmentsOf(org, session).Length);
        }
    }
}
