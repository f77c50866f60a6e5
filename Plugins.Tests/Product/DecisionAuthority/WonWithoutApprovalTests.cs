using System;
using System.Linq;
using CrmIndependence.Plugins.DecisionAuthority.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using PluginHarness = CrmIndependence.Plugins.Tests.Product.Involvement.PluginHarness;
using Status = CrmIndependence.Plugins.Schema.Opportunity.ApprovalStatusOption;

namespace CrmIndependence.Plugins.Tests.Product.DecisionAuthority
{
    /// <summary>
    /// Observe mode records what enforce mode would block: a deal won beyond its owner's authority without approval
    /// is won, and a "won without approval" signal is recorded for the rep after the Win (enforce refuses the Win).
    /// </summary>
    [TestClass]
    public sealed class WonWithoutApprovalTests
    {
        [TestMethod]
        public void Observe_a_rep_winning_a_discount_beyond_authority_without_approval_wins_and_records_one_signal()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.SetDiscount(org.Riley, org.RileysDeal, 15m);

            org.Win(org.Riley, org.RileysDeal);

            Assert.AreEqual(Opportunity.StateCodeOption.Won, org.StateOf(org.RileysDeal));
            var close = org.Org.Rows(OpportunityClose.EntityName).Single();
            var signal = org.SignalsOf(DependencySignal.KindOption.WonWithoutApproval).Single();
            Assert.AreEqual(org.Riley.Id, signal.GetAttributeValue<EntityReference>(DependencySignal.RepId).Id);
            Assert.AreEqual(org.Max.Id, signal.GetAttributeValue<EntityReference>(DependencySignal.ManagerId).Id, "the rep's manager");
            Assert.AreEqual(org.RileysDeal, signal.GetAttributeValue<EntityReference>(DependencySignal.OpportunityId).Id);
            Assert.AreEqual(close.Id.ToString("D"), signal.GetAttributeValue<string>(DependencySignal.RelatedActivity), "the Win's close activity");
            var details = signal.GetAttributeValue<string>(DependencySignal.Details);
            StringAssert.Contains(details, "discount percentage 15% (authority up to 10%)");
            StringAssert.Contains(details, "approval Required");
            StringAssert.Contains(signal.GetAttributeValue<string>(DependencySignal.IdempotencyKey), close.Id.ToString("N"));
            Assert.AreEqual(4m, signal.GetAttributeValue<decimal>(DependencySignal.Weight));
            Assert.AreEqual(1, org.Signals().Length, "the rep's own discount and Win: no other signal");
            Assert.AreEqual(0, org.Org.AsyncFailures.Count);
        }

        [TestMethod]
        public void The_signal_counts_on_the_reps_weekly_score()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.SetDiscount(org.Riley, org.RileysDeal, 15m);

            org.Win(org.Riley, org.RileysDeal);

            var row = org.Org.Rows(IndependenceScore.EntityName)
                .Single(score => score.GetAttributeValue<EntityReference>(IndependenceScore.RepId).Id == org.Riley.Id);
            Assert.AreEqual(1, row.GetAttributeValue<int>(IndependenceScore.WonWithoutApproval));
            Assert.AreEqual(1, row.GetAttributeValue<int>(IndependenceScore.SignalCount));
            Assert.AreEqual(96, row.GetAttributeValue<int>(IndependenceScore.Score));
        }

        [TestMethod]
        public void Running_the_recorder_again_records_the_win_once()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.SetDiscount(org.Riley, org.RileysDeal, 15m);
            org.Win(org.Riley, org.RileysDeal);
            var recording = org.Org.LastOperation!.RunsOf<RecordAuthoritySignals>().Single();

            var trace = PluginHarness.Replay(org, recording);

            Assert.AreEqual(1, org.SignalsOf(DependencySignal.KindOption.WonWithoutApproval).Length);
            StringAssert.Contains(string.Join("\n", trace), "already recorded");
            var row = org.Org.Rows(IndependenceScore.EntityName).Single();
            Assert.AreEqual(1, row.GetAttributeValue<int>(IndependenceScore.WonWithoutApproval), "the retried recording found its signal: no second count");
        }

        [TestMethod]
        public void A_manager_in_the_chain_winning_the_deal_past_the_approval_is_the_manager_the_signal_names()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.SetDiscount(org.Riley, org.RileysDeal, 15m);

            org.Win(org.Director, org.RileysDeal);

            var signal = org.SignalsOf(DependencySignal.KindOption.WonWithoutApproval).Single();
            Assert.AreEqual(org.Riley.Id, signal.GetAttributeValue<EntityReference>(DependencySignal.RepId).Id);
            Assert.AreEqual(org.Director.Id, signal.GetAttributeValue<EntityReference>(DependencySignal.ManagerId).Id);
            Assert.AreEqual(1, org.SignalsOf(DependencySignal.KindOption.ManagerClosedDeal).Length, "the director closing the rep's deal is involvement too");
        }

        [TestMethod]
        public void An_approved_discount_is_won_without_a_signal()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.SetDiscount(org.Riley, org.RileysDeal, 15m);
            org.Approve(org.Max, org.RileysDeal);

            org.Win(org.Riley, org.RileysDeal);

            Assert.AreEqual(Opportunity.StateCodeOption.Won, org.StateOf(org.RileysDeal));
            Assert.AreEqual(0, org.SignalsOf(DependencySignal.KindOption.WonWithoutApproval).Length);
        }

        [TestMethod]
        public void A_discount_within_authority_is_won_without_a_signal()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.SetDiscount(org.Riley, org.RileysDeal, 8m);

            org.Win(org.Riley, org.RileysDeal);

            Assert.AreEqual(Opportunity.StateCodeOption.Won, org.StateOf(org.RileysDeal));
            Assert.AreNotEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
            Assert.AreEqual(0, org.SignalsOf(DependencySignal.KindOption.WonWithoutApproval).Length);
        }

        [TestMethod]
        public void Enforce_refuses_the_win_and_records_nothing()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.Enforce();
            org.SetDiscount(org.Riley, org.RileysDeal, 15m);

            var refusal = SalesOrg.Refusal(() => org.Win(org.Riley, org.RileysDeal));

            StringAssert.Contains(refusal, "needs approval for discount percentage 15%");
            Assert.AreEqual(Opportunity.StateCodeOption.Open, org.StateOf(org.RileysDeal));
            Assert.AreEqual(0, org.Org.Rows(OpportunityClose.EntityName).Count);
            Assert.AreEqual(0, org.Signals().Length);
            Assert.IsFalse(org.Ran<RecordAuthoritySignals>(), "a refused Win queues no asynchronous step");
        }

        [TestMethod]
        public void The_win_spends_no_service_call_on_the_signal()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.SetDiscount(org.Sam, org.SamsDeal, 15m);
            org.Win(org.Sam, org.SamsDeal); // warms the matrix and policy caches
            org.SetDiscount(org.Riley, org.RileysDeal, 15m);

            org.Win(org.Riley, org.RileysDeal);

            Assert.AreEqual(1, org.SignalsOf(DependencySignal.KindOption.WonWithoutApproval).Count(signal => signal.GetAttributeValue<EntityReference>(DependencySignal.RepId).Id == org.Riley.Id));
            Assert.AreEqual(1, org.CallsOf<RequireApprovalForWin>(), "the Retrieve of the deal, as for a Win that needs no signal");
        }
    }
}
