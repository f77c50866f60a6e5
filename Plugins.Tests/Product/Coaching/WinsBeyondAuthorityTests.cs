using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.DecisionAuthority;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Coaching
{
    /// <summary>
    /// Habit 5 from decision authority: Riley winning Contoso at 17% discount, beyond the 10% everyone may give, without
    /// approval (observe mode) is a topic on Riley's next coaching session, under "Decisions beyond your authority". It
    /// is not manager involvement (Max did not step in), so it opens no session by itself: it joins the planned session,
    /// or waits for the next one a threshold or the cadence opens.
    /// </summary>
    [TestClass]
    public sealed class WinsBeyondAuthorityTests
    {
        [TestMethod]
        public void A_win_beyond_authority_joins_the_planned_session_in_its_own_section()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(2));
            org.SetDiscount(org.Riley, org.RileysDeal, 17m);

            org.Win(org.Riley, org.RileysDeal);

            org.NoAsyncFailures();
            var signal = org.SignalsOf(DependencySignal.KindOption.WonWithoutApproval).Single();
            var topic = org.TopicsOf(session).Single();
            Assert.AreEqual(CoachingTopic.SourceOption.Signal, topic.Source());
            Assert.AreEqual(signal.Id, topic.GetAttributeValue<EntityReference>(CoachingTopic.DependencySignalId).Id);
            Assert.AreEqual(org.RileysDeal, topic.GetAttributeValue<EntityReference>(CoachingTopic.OpportunityId).Id);
            Assert.AreEqual("Won without approval: Contoso expansion", topic.GetAttributeValue<string>(CoachingTopic.PrimaryName));
            Assert.AreEqual(session, org.Read(DependencySignal.EntityName, signal.Id).GetAttributeValue<EntityReference>(DependencySignal.CoachingSessionId).Id);
            var agenda = org.Read(CoachingSession.EntityName, session).Agenda();
            StringAssert.Contains(agenda, "\nDecisions beyond your authority (1)\n1. Contoso expansion: won ");
            StringAssert.Contains(agenda, " beyond Riley's authority\n   Won without approval (approval Required): discount percentage 17% (authority up to 10%)\n");
            Assert.DoesNotContain("Where a manager stepped in", agenda);
            Assert.AreEqual(1, org.OpenSessionsOf(org.Riley).Length);
        }

        [TestMethod]
        public void Without_a_planned_session_a_win_beyond_authority_opens_none()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.SetDiscount(org.Riley, org.RileysDeal, 17m);

            org.Win(org.Riley, org.RileysDeal);

            org.NoAsyncFailures();
            Assert.AreEqual(1, org.SignalsOf(DependencySignal.KindOption.WonWithoutApproval).Length);
            Assert.AreEqual(0, org.SessionsOf(org.Riley).Length);
            Assert.AreEqual(0, org.Org.Rows(CoachingTopic.EntityName).Count);
        }

        [TestMethod]
        public void It_is_not_manager_involvement_and_joins_the_session_that_involvement_opens_later()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            var secondDeal = org.Deal("Tailspin upgrade", org.Riley);
            org.InvolvementSignal(org.Riley, org.Max, secondDeal, "Max moved Tailspin upgrade to Propose");
            org.SetDiscount(org.Riley, org.RileysDeal, 17m);

            org.Win(org.Riley, org.RileysDeal);

            org.NoAsyncFailures();
            Assert.AreEqual(0, org.SessionsOf(org.Riley).Length, "one involvement signal and a win beyond authority: below the threshold of 2 involvement signals");

            org.Clock.Advance(TimeSpan.FromDays(1));
            org.InvolvementSignal(org.Riley, org.Max, secondDeal, "Max emailed the Tailspin buyer");

            org.NoAsyncFailures();
            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(CoachingSession.TriggerOption.Signals, session.Trigger());
            var win = org.SignalsOf(DependencySignal.KindOption.WonWithoutApproval).Single();
            var topics = org.TopicsOf(session.Id);
            Assert.AreEqual(3, topics.Length);
            Assert.IsTrue(topics.Any(topic => topic.GetAttributeValue<EntityReference>(CoachingTopic.DependencySignalId)?.Id == win.Id), "the waiting win joins the session");
            var agenda = session.Agenda();
            StringAssert.Contains(agenda, "Why now: 2 manager-involvement signals in the last 7 days (threshold 2).");
            StringAssert.Contains(agenda, "\nDecisions beyond your authority (1)\n1. Contoso expansion: won ");
            StringAssert.Contains(agenda, "discount percentage 17% (authority up to 10%)");
            StringAssert.Contains(agenda, "\nWhere a manager stepped in (1)\n2. Tailspin upgrade: a manager stepped in 2 times\n");
        }

        [TestMethod]
        public void Enforce_refuses_the_win_and_puts_nothing_on_the_agenda()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.Enforce();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(2));
            org.SetDiscount(org.Riley, org.RileysDeal, 17m);

            var refusal = SalesOrg.Refusal(() => org.Win(org.Riley, org.RileysDeal));

            org.NoAsyncFailures();
            StringAssert.Contains(refusal, "needs approval for discount percentage 17%");
            Assert.AreEqual(0, org.SignalsOf(DependencySignal.KindOption.WonWithoutApproval).Length);
            Assert.AreEqual(0, org.TopicsOf(session).Length);
            Assert.DoesNotContain("Decisions beyond your authority", org.Read(CoachingSession.EntityName, session).Agenda());
        }

        [TestMethod]
        public void Left_unresolved_it_is_carried_over_saying_where_it_came_from()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(2));
            org.SetDiscount(org.Riley, org.RileysDeal, 17m);
            org.Win(org.Riley, org.RileysDeal);
            org.Clock.Advance(TimeSpan.FromHours(2));

            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Held);

            org.NoAsyncFailures();
            var next = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(CoachingTopic.SourceOption.CarriedOver, org.TopicsOf(next.Id).Single().Source());
            var agenda = next.Agenda();
            StringAssert.Contains(
                agenda,
                "\nCarried over from earlier sessions (1)\n" +
                "1. Won without approval: Contoso expansion (first raised 6 Jan, a decision beyond Riley's authority)\n" +
                "   Won without approval (approval Required): discount percentage 17% (authority up to 10%)\n");
            Assert.DoesNotContain("Decisions beyond your authority", agenda);
            Assert.DoesNotContain("manager involvement", agenda);
        }
    }
}
