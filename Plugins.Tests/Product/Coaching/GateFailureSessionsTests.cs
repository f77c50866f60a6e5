using System;
using System.Linq;
using System.Text.RegularExpressions;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Coaching
{
    /// <summary>Habit 5 from the stage gates: the same gate stopping two of Riley's deals is a coaching topic.</summary>
    [TestClass]
    public sealed class GateFailureSessionsTests
    {
        private static readonly Regex AnyGuid = new Regex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        [TestMethod]
        public void The_same_gate_failing_on_two_deals_opens_a_session_with_that_gate_on_the_agenda()
        {
            var org = new SalesOrg();
            var decisionMaker = org.ColumnHasValue(Opportunity.SalesStageOption.Qualify, Opportunity.ParentContactId, StageGateSetup.DecisionMaker);
            var secondDeal = org.Deal("Tailspin upgrade", org.Riley);

            org.MoveTo(org.Riley, org.RileysDeal, Opportunity.SalesStageOption.Develop);
            Assert.AreEqual(0, org.SessionsOf(org.Riley).Length, "One failure is not yet a pattern.");
            org.MoveTo(org.Riley, secondDeal, Opportunity.SalesStageOption.Develop);

            org.NoAsyncFailures();
            var signals = org.StageGateSignals();
            Assert.AreEqual(2, signals.Length);
            Assert.IsTrue(signals.All(signal => signal.GetAttributeValue<string>(DependencySignal.RelatedActivity) == decisionMaker.ToString("D")), "the gate key is the requirement missed");
            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(CoachingSession.TriggerOption.StageGateFailures, session.Trigger());
            Assert.AreEqual(2, org.TopicsOf(session.Id).Count(topic => topic.Source() == CoachingTopic.SourceOption.StageGateFailure));
            var agenda = session.Agenda();
            StringAssert.Contains(agenda, "Stage gates that stopped a deal");
            StringAssert.Contains(agenda, "on 2 deals");
        }

        [TestMethod]
        public void With_sameGateFailuresForCoaching_at_3_two_deals_stopped_by_the_same_gate_wait_for_a_third()
        {
            var org = new SalesOrg("{\"sameGateFailuresForCoaching\":3}");
            org.ColumnHasValue(Opportunity.SalesStageOption.Qualify, Opportunity.ParentContactId, StageGateSetup.DecisionMaker);
            var secondDeal = org.Deal("Tailspin upgrade", org.Riley);
            var thirdDeal = org.Deal("Litware rollout", org.Riley);

            org.MoveTo(org.Riley, org.RileysDeal, Opportunity.SalesStageOption.Develop);
            org.MoveTo(org.Riley, secondDeal, Opportunity.SalesStageOption.Develop);
            org.NoAsyncFailures();
            Assert.AreEqual(2, org.StageGateSignals().Length, "the gate flagged both moves");
            Assert.AreEqual(0, org.SessionsOf(org.Riley).Length, "Two deals are not yet the pattern the policy asks for.");

            org.MoveTo(org.Riley, thirdDeal, Opportunity.SalesStageOption.Develop);

            org.NoAsyncFailures();
            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(CoachingSession.TriggerOption.StageGateFailures, session.Trigger());
            Assert.AreEqual(3, org.TopicsOf(session.Id).Count(topic => topic.Source() == CoachingTopic.SourceOption.StageGateFailure));
            StringAssert.Contains(session.Agenda(), "Why now: The stage gate \"Identify the decision maker\" failed on 3 deals (threshold 3).\n");
        }

        [TestMethod]
        public void With_sameGateFailuresForCoaching_at_1_one_deal_stopped_by_a_gate_opens_a_session()
        {
            var org = new SalesOrg("{\"sameGateFailuresForCoaching\":1}");
            org.ColumnHasValue(Opportunity.SalesStageOption.Qualify, Opportunity.ParentContactId, StageGateSetup.DecisionMaker);

            org.MoveTo(org.Riley, org.RileysDeal, Opportunity.SalesStageOption.Develop);

            org.NoAsyncFailures();
            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(CoachingSession.TriggerOption.StageGateFailures, session.Trigger());
            Assert.AreEqual(1, org.TopicsOf(session.Id).Count(topic => topic.Source() == CoachingTopic.SourceOption.StageGateFailure));
            StringAssert.Contains(session.Agenda(), "Why now: The stage gate \"Identify the decision maker\" failed on 1 deal (threshold 1).\n");
        }

        [TestMethod]
        public void The_agenda_names_the_gate_by_the_message_the_rep_saw_never_by_its_id()
        {
            var org = new SalesOrg();
            var decisionMaker = org.ColumnHasValue(Opportunity.SalesStageOption.Qualify, Opportunity.ParentContactId, StageGateSetup.DecisionMaker);
            var secondDeal = org.Deal("Tailspin upgrade", org.Riley);

            org.MoveTo(org.Riley, org.RileysDeal, Opportunity.SalesStageOption.Develop);
            org.MoveTo(org.Riley, secondDeal, Opportunity.SalesStageOption.Develop);

            org.NoAsyncFailures();
            Assert.IsTrue(
                org.StageGateSignals().All(signal => signal.GetAttributeValue<string>(DependencySignal.GateName) == StageGateSetup.DecisionMaker),
                "each signal records the name of the gate its key identifies");
            var agenda = org.OnlyOpenSessionOf(org.Riley).Agenda();
            StringAssert.Contains(agenda, "Why now: The stage gate \"Identify the decision maker\" failed on 2 deals (threshold 2).\n");
            StringAssert.Contains(agenda, "\n1. Identify the decision maker: on 2 deals (");
            Assert.DoesNotContain(decisionMaker.ToString("D"), agenda);
            Assert.IsFalse(AnyGuid.IsMatch(agenda), "no id in the agenda a manager reads:\n" + agenda);
        }

        [TestMethod]
        public void Gate_failures_recorded_without_a_name_still_read_as_words()
        {
            var org = new SalesOrg();
            var gate = Guid.NewGuid();
            var secondDeal = org.Deal("Tailspin upgrade", org.Riley);

            org.UnnamedGateFailure(org.Riley, org.RileysDeal, gate);
            org.UnnamedGateFailure(org.Riley, secondDeal, gate);

            org.NoAsyncFailures();
            var agenda = org.OnlyOpenSessionOf(org.Riley).Agenda();
            StringAssert.Contains(agenda, "Why now: The same stage gate failed on 2 deals (threshold 2).\n");
            StringAssert.Contains(agenda, "Stage gates that stopped a deal (1)");
            Assert.IsFalse(AnyGuid.IsMatch(agenda), "no id in the agenda a manager reads:\n" + agenda);
        }

        [TestMethod]
        public void Different_gates_on_two_deals_open_nothing()
        {
            var org = new SalesOrg();
            org.ColumnHasValue(Opportunity.SalesStageOption.Qualify, Opportunity.ParentContactId, StageGateSetup.DecisionMaker);
            org.ColumnHasValue(Opportunity.SalesStageOption.Develop, Opportunity.EstimatedCloseDate, StageGateSetup.CloseDate);
            var secondDeal = org.Deal("Tailspin upgrade", org.Riley);
            var buyer = org.Org.Seed(new Entity("contact") { ["lastname"] = "Buyer" });
            org.Org.AsSystem.Update(new Entity(Opportunity.EntityName, secondDeal) { [Opportunity.ParentContactId] = new EntityReference("contact", buyer) });

            org.MoveTo(org.Riley, org.RileysDeal, Opportunity.SalesStageOption.Develop);
            org.MoveTo(org.Riley, secondDeal, Opportunity.SalesStageOption.Propose); // passes Qualify, misses Develop's close date

            org.NoAsyncFailures();
            Assert.AreEqual(0, org.SessionsOf(org.Riley).Length);
        }
    }
}
