using System;
using System.Linq;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Schema;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Coaching
{
    /// <summary>
    /// A rep has one open (planned) coaching session in every path: the suite's own (threshold, follow-up, workflow
    /// activity) reuse it, and a second one made by hand is refused with the one the rep has.
    /// </summary>
    [TestClass]
    public sealed class OnePlannedSessionTests
    {
        [TestMethod]
        public void A_manager_cannot_plan_a_second_session_for_a_rep_by_hand()
        {
            var org = new SalesOrg();
            org.PlanSession(org.Max, org.Riley, new DateTime(2025, 1, 7, 9, 0, 0, DateTimeKind.Utc));

            var message = SalesOrg.Refusal(() => org.PlanSession(org.Max, org.Riley, new DateTime(2025, 1, 9, 9, 0, 0, DateTimeKind.Utc)));

            Assert.AreEqual(
                "Riley Rep already has a planned coaching session, '1:1 Riley Rep' (Tue 7 Jan 2025, 09:00 UTC): a rep has one planned session at a time. " +
                "Open that session to add to its agenda or move its date, or hold, skip or cancel it first.",
                message);
            Assert.HasCount(1, org.OpenSessionsOf(org.Riley));
        }

        [TestMethod]
        public void A_session_created_without_a_status_is_planned_and_counts_as_the_reps_one()
        {
            var org = new SalesOrg();
            org.As(org.Max).Create(new Entity(CoachingSession.EntityName)
            {
                [CoachingSession.PrimaryName] = "Quick 1:1",
                [CoachingSession.RepId] = org.Riley.ToEntityReference(),
                [CoachingSession.ScheduledStart] = org.Org.Now.AddDays(1),
                [CoachingSession.OwnerId] = org.Riley.ToEntityReference(),
            });

            var message = SalesOrg.Refusal(() => org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(2)));

            StringAssert.StartsWith(message, "Riley Rep already has a planned coaching session, 'Quick 1:1'");
        }

        [TestMethod]
        public void Moving_a_planned_session_to_a_rep_who_has_one_is_refused()
        {
            var org = new SalesOrg();
            org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            var sams = org.PlanSession(org.Max, org.Sam, org.Org.Now.AddDays(2));

            var message = SalesOrg.Refusal(() => org.As(org.Max).Update(new Entity(CoachingSession.EntityName, sams) { [CoachingSession.RepId] = org.Riley.ToEntityReference() }));

            StringAssert.StartsWith(message, "Riley Rep already has a planned coaching session");
            Assert.AreEqual(org.Sam.Id, org.Read(CoachingSession.EntityName, sams).GetAttributeValue<EntityReference>(CoachingSession.RepId).Id);
        }

        [TestMethod]
        public void A_closed_session_cannot_be_planned_again()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(2));
            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Held);

            var message = SalesOrg.Refusal(() => org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Planned));

            StringAssert.Contains(message, "be planned again");
            Assert.HasCount(1, org.OpenSessionsOf(org.Riley), "only the next session the held one opened");
        }

        [TestMethod]
        public void A_threshold_and_the_workflow_activity_reuse_the_session_planned_by_hand()
        {
            var org = new SalesOrg();
            var byHand = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));

            org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max changed the sales stage.");
            org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max changed the estimated value.");
            var opened = CoachingSessionOpener.Open(org.As(org.Max), org.Riley.ToEntityReference(), "Pipeline review", org.Org.Now, inTransaction: false);

            Assert.AreEqual(byHand, org.OnlyOpenSessionOf(org.Riley).Id);
            Assert.AreEqual(byHand, opened.SessionId);
            Assert.IsFalse(opened.Created);
            Assert.HasCount(2, org.TopicsOf(byHand), "the signals went on the planned session's agenda");
        }
    }
}
