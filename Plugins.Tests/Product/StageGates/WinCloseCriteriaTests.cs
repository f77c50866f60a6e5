using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.StageGates.Platform;
using CrmIndependence.Plugins.StageGates.Steps;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.StageGates
{
    [TestClass]
    public sealed class WinCloseCriteriaTests
    {
        [TestMethod]
        public void Enforce_refuses_a_win_without_the_close_criteria_and_the_deal_stays_open()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Org.SeedUpdate(new Entity(Opportunity.EntityName, org.RileysDeal) { [Opportunity.SalesStage] = new OptionSetValue(Opportunity.SalesStageOption.Close) });
            org.Enforce();

            var message = SalesOrg.Refusal(() => org.Win(org.Riley, org.RileysDeal));

            StringAssert.Contains(message, "can't be closed as won");
            StringAssert.Contains(message, StageGateSetup.CloseDate);
            Assert.AreEqual(Opportunity.StateCodeOption.Open, org.StateOf(org.RileysDeal));
            Assert.AreEqual(0, org.Org.Rows(OpportunityClose.EntityName).Count);
        }

        [TestMethod]
        public void A_win_from_an_early_stage_checks_every_stage_still_ahead()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Enforce();

            var message = SalesOrg.Refusal(() => org.Win(org.Riley, org.RileysDeal));

            StringAssert.Contains(message, StageGateSetup.DecisionMaker);
            StringAssert.Contains(message, StageGateSetup.TwoCalls);
            StringAssert.Contains(message, StageGateSetup.CloseDate);
        }

        [TestMethod]
        public void Observe_wins_the_deal_and_records_a_stage_gate_signal()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Org.SeedUpdate(new Entity(Opportunity.EntityName, org.RileysDeal) { [Opportunity.SalesStage] = new OptionSetValue(Opportunity.SalesStageOption.Close) });

            org.Win(org.Riley, org.RileysDeal);

            Assert.AreEqual(Opportunity.StateCodeOption.Won, org.StateOf(org.RileysDeal));
            var signal = org.StageGateSignals().Single();
            StringAssert.Contains(signal.GetAttributeValue<string>(DependencySignal.Details), StageGateSetup.CloseDate);
            Assert.AreEqual(org.Riley.Id, signal.GetAttributeValue<EntityReference>(DependencySignal.RepId).Id);
        }

        [TestMethod]
        public void A_deal_that_meets_the_close_criteria_is_won_in_enforce_mode_with_at_most_two_calls()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Org.SeedUpdate(new Entity(Opportunity.EntityName, org.RileysDeal)
            {
                [Opportunity.SalesStage] = new OptionSetValue(Opportunity.SalesStageOption.Close),
                [Opportunity.EstimatedCloseDate] = new DateTime(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc),
            });
            org.Enforce();
            SalesOrg.Refusal(() => org.Win(org.Tom, org.TomsDeal)); // warms the policy and requirement caches

            org.Win(org.Riley, org.RileysDeal);

            Assert.AreEqual(Opportunity.StateCodeOption.Won, org.StateOf(org.RileysDeal));
            var calls = org.CallsOf<GateWinCloseCriteria>();
            Console.WriteLine($"GateWinCloseCriteria on a passing Win: {calls} service call(s)");
            Assert.IsTrue(calls <= 2, $"{calls} calls");
        }

        [TestMethod]
        public void Lose_is_not_gated()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Enforce();

            org.As(org.Riley).Execute(new Microsoft.Crm.Sdk.Messages.LoseOpportunityRequest
            {
                OpportunityClose = new Entity(OpportunityClose.EntityName) { [OpportunityClose.OpportunityId] = new EntityReference(Opportunity.EntityName, org.RileysDeal) },
                Status = new OptionSetValue(-1),
            });

            Assert.AreEqual(Opportunity.StateCodeOption.Lost, org.StateOf(org.RileysDeal));
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "not part of a Win");
        }
    }
}
