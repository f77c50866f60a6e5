using System;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Coaching
{
    /// <summary>
    /// coachingOverdueDays: a rep who goes that many days without a held session gets one, opened at the next
    /// coaching topic the suite records for them (here: a stage gate that flags one of Riley's moves).
    /// </summary>
    [TestClass]
    public sealed class OverdueCoachingTests
    {
        [TestMethod]
        public void With_coachingOverdueDays_at_7_a_rep_not_coached_for_a_week_gets_a_session_at_the_next_gate_flag()
        {
            var org = new SalesOrg("{\"coachingOverdueDays\":7}");
            var secondDeal = DealsStoppedByDifferentGates(org);

            org.Clock.Advance(TimeSpan.FromDays(6));
            org.MoveTo(org.Riley, org.RileysDeal, Opportunity.SalesStageOption.Develop);
            org.NoAsyncFailures();
            Assert.AreEqual(1, org.StageGateSignals().Length, "the gate flagged the move");
            Assert.AreEqual(0, org.SessionsOf(org.Riley).Length, "Six days without coaching are not yet overdue at 7.");

            org.Clock.Advance(TimeSpan.FromDays(2));
            org.MoveTo(org.Riley, secondDeal, Opportunity.SalesStageOption.Propose);

            org.NoAsyncFailures();
            Assert.AreEqual(2, org.StageGateSignals().Length, "the other gate flagged the second move");
            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(CoachingSession.TriggerOption.Cadence, session.Trigger());
            StringAssert.Contains(session.Agenda(), "No coaching session has been held in the 8 days since tracking started (the policy allows 7).");
            Assert.AreEqual(2, org.TopicsOf(session.Id).Length, "both flagged moves are on the agenda");
        }

        [TestMethod]
        public void With_the_default_coachingOverdueDays_the_same_week_and_a_day_open_no_session()
        {
            var org = new SalesOrg();
            var secondDeal = DealsStoppedByDifferentGates(org);

            org.Clock.Advance(TimeSpan.FromDays(6));
            org.MoveTo(org.Riley, org.RileysDeal, Opportunity.SalesStageOption.Develop);
            org.Clock.Advance(TimeSpan.FromDays(2));
            org.MoveTo(org.Riley, secondDeal, Opportunity.SalesStageOption.Propose);

            org.NoAsyncFailures();
            Assert.AreEqual(2, org.StageGateSignals().Length, "both moves were flagged");
            Assert.AreEqual(0, org.SessionsOf(org.Riley).Length, "Eight days without coaching are not overdue at the default 14.");
        }

        /// <summary>
        /// Qualify needs a decision maker, Develop a close date. Riley's deal has neither (it fails Qualify's gate);
        /// the second deal has a decision maker, so moving it to Propose fails only Develop's gate: two different gates,
        /// no repeated-gate pattern, so only the overdue period can open a session.
        /// </summary>
        private static Guid DealsStoppedByDifferentGates(SalesOrg org)
        {
            org.ColumnHasValue(Opportunity.SalesStageOption.Qualify, Opportunity.ParentContactId, StageGateSetup.DecisionMaker);
            org.ColumnHasValue(Opportunity.SalesStageOption.Develop, Opportunity.EstimatedCloseDate, StageGateSetup.CloseDate);
            var secondDeal = org.Deal("Tailspin upgrade", org.Riley);
            var buyer = org.Org.Seed(new Entity("contact") { ["lastname"] = "Buyer" });
            org.Org.AsSystem.Update(new Entity(Opportunity.EntityName, secondDeal) { [Opportunity.ParentContactId] = new EntityReference("contact", buyer) });
            return secondDeal;
        }
    }
}
