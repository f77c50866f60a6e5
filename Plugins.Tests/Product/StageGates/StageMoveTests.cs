using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.StageGates.Platform;
using CrmIndependence.Plugins.StageGates.Steps;
using CrmIndependence.Plugins.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.StageGates
{
    [TestClass]
    public sealed class StageMoveTests
    {
        private const int Qualify = Opportunity.SalesStageOption.Qualify;
        private const int Develop = Opportunity.SalesStageOption.Develop;
        private const int Propose = Opportunity.SalesStageOption.Propose;

        [TestMethod]
        public void Enforce_refuses_leaving_Qualify_without_the_decision_maker_and_the_deal_is_unchanged()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Enforce();

            var message = SalesOrg.Refusal(() => org.MoveTo(org.Riley, org.RileysDeal, Develop));

            StringAssert.Contains(message, "can't move to Develop");
            StringAssert.Contains(message, StageGateSetup.DecisionMaker);
            Assert.AreEqual(Qualify, org.StageOf(org.RileysDeal));
            Assert.AreEqual(0, org.StageGateSignals().Length);
        }

        [TestMethod]
        public void Observe_allows_the_move_and_records_a_stage_gate_signal_for_the_rep()
        {
            var org = new SalesOrg().WithStandardRequirements();

            org.MoveTo(org.Riley, org.RileysDeal, Develop);

            Assert.AreEqual(Develop, org.StageOf(org.RileysDeal));
            var signal = org.StageGateSignals().Single();
            Assert.AreEqual(org.Riley.Id, signal.GetAttributeValue<EntityReference>(DependencySignal.RepId).Id);
            Assert.AreEqual(org.RileysDeal, signal.GetAttributeValue<EntityReference>(DependencySignal.OpportunityId).Id);
            StringAssert.Contains(signal.GetAttributeValue<string>(DependencySignal.Details), StageGateSetup.DecisionMaker);
        }

        [TestMethod]
        public void A_deal_Riley_creates_at_Develop_keeps_its_stage_in_enforce_mode_and_its_next_move_checks_Develop_only()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Enforce();

            var migrated = org.As(org.Riley).Create(new Entity(Opportunity.EntityName)
            {
                [Opportunity.PrimaryName] = "Migrated deal",
                [Opportunity.SalesStage] = new OptionSetValue(Develop),
                [Opportunity.OwnerId] = org.Riley.ToEntityReference(),
            });
            org.Org.RunAsyncSteps();

            Assert.AreEqual(Develop, org.StageOf(migrated), "a created deal is not a move: it keeps the stage it was created at");
            Assert.AreEqual(0, org.StageGateSignals().Length);
            var message = SalesOrg.Refusal(() => org.MoveTo(org.Riley, migrated, Propose));
            StringAssert.Contains(message, "can't move to Propose");
            StringAssert.Contains(message, StageGateSetup.TwoCalls);
            Assert.IsFalse(message.Contains(StageGateSetup.DecisionMaker, StringComparison.Ordinal), "Qualify's exit criteria are behind the deal: " + message);
            Assert.AreEqual(Develop, org.StageOf(migrated));
        }

        [TestMethod]
        public void Skipping_a_stage_checks_every_stage_passed_in_one_message()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Enforce();

            var message = SalesOrg.Refusal(() => org.MoveTo(org.Riley, org.RileysDeal, Propose));

            StringAssert.Contains(message, "can't move to Propose");
            StringAssert.Contains(message, StageGateSetup.DecisionMaker);
            StringAssert.Contains(message, StageGateSetup.TwoCalls);
            Assert.AreEqual(Qualify, org.StageOf(org.RileysDeal));
        }

        [TestMethod]
        public void A_deal_that_meets_the_criteria_moves_on_in_enforce_mode()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Enforce();
            org.GiveDecisionMaker(org.RileysDeal);
            org.LogCompletedCalls(org.RileysDeal, org.Riley, 2);

            org.MoveTo(org.Riley, org.RileysDeal, Propose);

            Assert.AreEqual(Propose, org.StageOf(org.RileysDeal));
        }

        [TestMethod]
        public void Open_or_cancelled_calls_do_not_count_as_completed()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Enforce();
            org.GiveDecisionMaker(org.RileysDeal);
            org.LogCompletedCalls(org.RileysDeal, org.Riley, 1);
            org.Org.Seed(new Entity(PhoneCall.EntityName)
            {
                ["subject"] = "Planned call",
                [PhoneCall.RegardingObjectId] = new EntityReference(Opportunity.EntityName, org.RileysDeal),
            });

            var message = SalesOrg.Refusal(() => org.MoveTo(org.Riley, org.RileysDeal, Propose));

            StringAssert.Contains(message, StageGateSetup.TwoCalls);
            Assert.IsFalse(message.Contains(StageGateSetup.DecisionMaker), message);
        }

        [TestMethod]
        [DataRow(false)]
        [DataRow(true)]
        public void Moving_back_is_always_allowed(bool enforce)
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Org.SeedUpdate(new Entity(Opportunity.EntityName, org.RileysDeal) { [Opportunity.SalesStage] = new OptionSetValue(Propose) });
            if (enforce)
            {
                org.Enforce();
            }

            org.MoveTo(org.Riley, org.RileysDeal, Qualify);

            Assert.AreEqual(Qualify, org.StageOf(org.RileysDeal));
            Assert.AreEqual(0, org.StageGateSignals().Length);
            Assert.AreEqual(0, org.CallsOf<GateStageMove>());
        }

        [TestMethod]
        public void Invalid_requirement_rows_are_traced_and_never_block()
        {
            var org = new SalesOrg();
            org.ColumnHasValue(Qualify, "cri_nosuchcolumn", "Fill in the thing", imported: true);
            org.Requirement(Qualify, Schema.StageRequirement.KindOption.ColumnCondition, "Probability high", column: Opportunity.CloseProbability, imported: true);
            org.Requirement(Qualify, Schema.StageRequirement.KindOption.CompletedActivities, "Zero calls", activityType: "phonecall", count: 0, imported: true);
            org.Enforce();

            org.MoveTo(org.Riley, org.RileysDeal, Develop);

            Assert.AreEqual(Develop, org.StageOf(org.RileysDeal));
            var trace = string.Join("\n", org.Org.LastOperation!.Trace);
            StringAssert.Contains(trace, "cri_nosuchcolumn");
            StringAssert.Contains(trace, "without an operator");
            StringAssert.Contains(trace, "asks for nothing");
        }

        [TestMethod]
        public void An_update_that_touches_no_stage_column_runs_no_stage_gate()
        {
            var org = new SalesOrg().WithStandardRequirements();

            org.As(org.Riley).Update(new Entity(Opportunity.EntityName, org.RileysDeal) { [Opportunity.Description] = "Notes" });

            Assert.IsFalse(org.Ran<GateStageMove>());
        }

        [TestMethod]
        public void A_gated_move_makes_at_most_two_service_calls_with_10_or_10000_earlier_activities()
        {
            foreach (var earlier in new[] { 10, 10_000 })
            {
                var org = new SalesOrg().WithStandardRequirements();
                org.Enforce();
                org.LogCompletedCalls(org.RileysDeal, org.Riley, earlier);
                SalesOrg.Refusal(() => org.MoveTo(org.Tom, org.TomsDeal, Develop)); // warms the caches
                org.GiveDecisionMaker(org.RileysDeal);

                org.MoveTo(org.Riley, org.RileysDeal, Propose);

                var calls = org.CallsOf<GateStageMove>();
                Console.WriteLine($"GateStageMove with {earlier} earlier activities: {calls} service calls");
                Assert.AreEqual(2, calls, $"with {earlier} earlier activities");
                Assert.AreEqual(Propose, org.StageOf(org.RileysDeal));
            }
        }
    }
}
