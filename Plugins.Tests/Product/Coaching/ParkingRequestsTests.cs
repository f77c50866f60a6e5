using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Coaching
{
    /// <summary>Habit 5: non-urgent questions wait for the rep's next coaching session, with the rep's recommendation on the agenda.</summary>
    [TestClass]
    public sealed class ParkingRequestsTests
    {
        [TestMethod]
        [DataRow("observe")]
        [DataRow("enforce")]
        public void A_complete_request_is_parked_on_Rileys_next_session_with_the_recommendation_on_the_agenda(string mode)
        {
            var org = new SalesOrg();
            org.UseMode(mode);
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(2));

            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso", recommendation: "Extend the pilot, no discount").About(org.RileysDeal));

            org.NoAsyncFailures();
            Assert.AreEqual(session, org.Request(id).GetAttributeValue<EntityReference>(HelpRequest.CoachingSessionId)?.Id);
            var topic = org.TopicsOf(session).Single();
            Assert.AreEqual(CoachingTopic.SourceOption.ParkedRequest, topic.Source());
            Assert.AreEqual(id, topic.GetAttributeValue<EntityReference>(CoachingTopic.HelpRequestId).Id);
            var agenda = org.Read(CoachingSession.EntityName, session).Agenda();
            StringAssert.Contains(agenda, "Parked help requests");
            StringAssert.Contains(agenda, "Pricing for Contoso");
            StringAssert.Contains(agenda, "Riley recommends: Extend the pilot, no discount");
        }

        [TestMethod]
        public void The_third_parked_request_opens_a_session_with_all_three_on_the_agenda()
        {
            var org = new SalesOrg();

            org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            org.File(org.Riley, HelpRequestDesk.NonUrgent("Legal terms for Fabrikam", recommendation: "Accept their liability cap"));
            Assert.AreEqual(0, org.SessionsOf(org.Riley).Length, "Two parked requests wait; no session opens yet.");

            org.File(org.Riley, HelpRequestDesk.NonUrgent("Renewal date for Northwind"));

            org.NoAsyncFailures();
            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(CoachingSession.TriggerOption.ParkedRequests, session.Trigger());
            Assert.AreEqual(org.Max.Id, session.GetAttributeValue<EntityReference>(CoachingSession.ManagerId).Id);
            Assert.AreEqual(new DateTime(2025, 1, 7, 9, 0, 0, DateTimeKind.Utc), session.GetAttributeValue<DateTime>(CoachingSession.ScheduledStart), "The next weekday at 09:00.");
            Assert.AreEqual(3, org.TopicsOf(session.Id).Length);
            StringAssert.Contains(session.Agenda(), "Why now: 3 help requests are parked for coaching (threshold 3).");
            StringAssert.Contains(session.Agenda(), "Riley recommends: Accept their liability cap");
        }

        [TestMethod]
        public void Later_requests_join_the_open_session_and_a_second_session_never_opens()
        {
            var org = new SalesOrg();
            for (var i = 1; i <= 5; i++)
            {
                org.File(org.Riley, HelpRequestDesk.NonUrgent($"Question {i}"));
            }

            org.NoAsyncFailures();
            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(5, org.TopicsOf(session.Id).Length);
            Assert.AreEqual(0, org.SessionsOf(org.Sam).Length, "Riley's requests open nothing for Sam.");
        }

        [TestMethod]
        public void Requests_filed_while_the_async_steps_wait_still_open_only_one_session()
        {
            var org = new SalesOrg();
            org.Org.Options.AsyncMode = CrmIndependence.Emulator.AsyncMode.Manual;
            for (var i = 1; i <= 4; i++)
            {
                org.File(org.Riley, HelpRequestDesk.NonUrgent($"Question {i}"));
            }

            org.Org.RunAsyncSteps();

            org.NoAsyncFailures();
            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(4, org.TopicsOf(session.Id).Length, "Each request is on the agenda exactly once.");
        }

        [TestMethod]
        public void Urgent_and_yours_to_decide_requests_are_not_parked()
        {
            var org = new SalesOrg();
            org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(2));

            org.File(org.Riley, HelpRequestDesk.Urgent("Customer walks today", "Board decides at 5 pm"));

            org.NoAsyncFailures();
            Assert.AreEqual(0, org.Org.Rows(CoachingTopic.EntityName).Count);
        }
    }
}
