using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Coaching
{
    /// <summary>Habit 5: when Max keeps stepping into Riley's deals, a coaching session opens with those moments on the agenda.</summary>
    [TestClass]
    public sealed class SessionsFromSignalsTests
    {
        [TestMethod]
        [DataRow("observe")]
        [DataRow("enforce")]
        public void Two_involvement_signals_in_a_week_open_a_session_listing_them(string mode)
        {
            var org = new SalesOrg();
            org.UseMode(mode);

            org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max changed the estimated value of Contoso expansion");
            Assert.AreEqual(0, org.SessionsOf(org.Riley).Length, "One signal is not yet a pattern.");
            org.Clock.Advance(TimeSpan.FromDays(3));
            org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max moved Contoso expansion to Propose");

            org.NoAsyncFailures();
            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(CoachingSession.TriggerOption.Signals, session.Trigger());
            Assert.AreEqual(2, org.TopicsOf(session.Id).Count(topic => topic.Source() == CoachingTopic.SourceOption.Signal));
            var agenda = session.Agenda();
            StringAssert.Contains(agenda, "Where a manager stepped in");
            StringAssert.Contains(agenda, "Max changed the estimated value of Contoso expansion");
            StringAssert.Contains(agenda, "Max moved Contoso expansion to Propose");
            Assert.IsTrue(org.Signals().All(signal => signal.GetAttributeValue<EntityReference>(DependencySignal.CoachingSessionId)?.Id == session.Id));
        }

        [TestMethod]
        public void Two_signals_more_than_a_week_apart_open_nothing()
        {
            var org = new SalesOrg();

            org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max changed the estimated value");
            org.Clock.Advance(TimeSpan.FromDays(8));
            org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max moved the stage");

            org.NoAsyncFailures();
            Assert.AreEqual(0, org.SessionsOf(org.Riley).Length);
        }

        [TestMethod]
        public void A_signal_joins_the_open_session_as_a_topic()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(2));

            org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max emailed the Contoso buyer");

            org.NoAsyncFailures();
            Assert.AreEqual(1, org.TopicsOf(session).Length);
            StringAssert.Contains(org.Read(CoachingSession.EntityName, session).Agenda(), "Max emailed the Contoso buyer");
            Assert.AreEqual(1, org.OpenSessionsOf(org.Riley).Length);
        }

        [TestMethod]
        public void A_fast_response_signal_is_not_an_agenda_item()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(2));

            org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Answered inside the delay", DependencySignal.KindOption.FastResponse);

            org.NoAsyncFailures();
            Assert.AreEqual(0, org.TopicsOf(session).Length);
        }

        [TestMethod]
        public void A_rep_not_coached_for_two_weeks_gets_a_session_on_the_next_signal()
        {
            var org = new SalesOrg();
            org.Clock.Advance(TimeSpan.FromDays(15));

            org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max called the Contoso buyer", DependencySignal.KindOption.ManagerActivityOnDeal);

            org.NoAsyncFailures();
            Assert.AreEqual(CoachingSession.TriggerOption.Cadence, org.OnlyOpenSessionOf(org.Riley).Trigger());
        }
    }
}
