using System;
using System.Linq;
using CrmIndependence.Plugins.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.StageGates.StageGateFixtures;

namespace CrmIndependence.Plugins.Tests.Domain.StageGates
{
    /// <summary>What enforce and observe mode do with missing criteria, and the message the rep reads.</summary>
    [TestClass]
    public sealed class StageGateDecisionTests
    {
        private static readonly StageRequirementSet QualifyCriteria = Read(
            HasValue(SalesStage.Qualify, "parentcontactid", DecisionMaker),
            Activities(SalesStage.Qualify, "phonecall", 2, TwoCalls));

        [TestMethod]
        public void Enforce_mode_refuses_the_move_with_one_message_listing_every_missing_item()
        {
            var decision = StageGate.Evaluate(QualifyCriteria, StageMove.Between(0, 2), Deal(phoneCalls: 1), enforce: true);

            Assert.AreEqual(GateOutcome.Refused, decision.Outcome);
            Assert.IsFalse(decision.IsAllowed);
            Assert.AreEqual(
                "This deal can't move to Propose yet. Complete these first: \u2022 Identify the decision maker \u2022 Log at least 2 completed phone calls",
                decision.RefusalMessage);
            Assert.IsNull(decision.Signal, "a refused move is rolled back, so no signal can be recorded with it");
        }

        [TestMethod]
        public void A_refused_win_says_the_deal_cannot_be_closed_as_won()
        {
            var decision = StageGate.Evaluate(Process, StageMove.Win(3), EmptyDeal, enforce: true);

            Assert.AreEqual("This deal can't be closed as won yet. Complete these first: \u2022 Set the estimated close date", decision.RefusalMessage);
        }

        [TestMethod]
        public void Observe_mode_allows_the_move_and_makes_a_stage_gate_signal_due()
        {
            var rows = QualifyCriteria.Requirements;

            var decision = StageGate.Evaluate(QualifyCriteria, StageMove.Between(0, 1), EmptyDeal, enforce: false);

            Assert.AreEqual(GateOutcome.AllowedWithGaps, decision.Outcome);
            Assert.IsTrue(decision.IsAllowed);
            Assert.IsNull(decision.RefusalMessage);
            Assert.IsNotNull(decision.MissingMessage, "the would-be message is kept for the trace");
            Assert.IsNotNull(decision.Signal);
            CollectionAssert.AreEqual(rows.Select(row => row.RowId).ToList(), decision.Signal.RequirementIds.ToList());
            Assert.Contains(DecisionMaker, decision.Signal.Details);
            Assert.AreEqual(DecisionMaker, decision.Signal.GateName, "the gate is named by the first missing item's message, the one its key identifies");
            Assert.Contains("enforce mode would refuse", decision.Summary);
        }

        [TestMethod]
        [DataRow(true)]
        [DataRow(false)]
        public void A_deal_that_meets_every_criterion_passes_in_either_mode(bool enforce)
        {
            var decision = StageGate.Evaluate(Process, StageMove.Win(0), CompleteDeal, enforce);

            Assert.AreEqual(GateOutcome.Passed, decision.Outcome);
            Assert.IsEmpty(decision.MissingItems);
            Assert.IsNull(decision.MissingMessage);
            Assert.IsNull(decision.Signal);
            Assert.IsEmpty(decision.Warnings);
        }

        [TestMethod]
        public void Missing_items_are_listed_stage_by_stage_in_the_order_they_were_configured()
        {
            var decision = StageGate.Evaluate(Process, StageMove.Win(0), EmptyDeal, enforce: true);

            CollectionAssert.AreEqual(
                new[] { DecisionMaker, TwoCalls, Budget, Quote, CloseDate },
                decision.MissingItems.Select(item => item.Message).ToArray());
            CollectionAssert.AreEqual(
                new[] { SalesStage.Qualify, SalesStage.Qualify, SalesStage.Develop, SalesStage.Propose, SalesStage.Close },
                decision.MissingItems.Select(item => item.Stage).ToArray());
        }

        [TestMethod]
        public void The_same_item_required_by_two_stages_is_listed_once()
        {
            var set = Read(
                HasValue(SalesStage.Develop, "parentcontactid", DecisionMaker),
                HasValue(SalesStage.Qualify, "parentcontactid", DecisionMaker));

            var decision = StageGate.Evaluate(set, StageMove.Between(0, 2), EmptyDeal, enforce: true);

            Assert.HasCount(2, decision.MissingItems);
            Assert.AreEqual("This deal can't move to Propose yet. Complete these first: \u2022 Identify the decision maker", decision.RefusalMessage);
        }

        [TestMethod]
        public void Criteria_of_stages_not_passed_are_not_asked_for()
        {
            var decision = StageGate.Evaluate(Process, StageMove.Between(2, 3), EmptyDeal, enforce: true);

            Assert.AreEqual(Quote, decision.MissingItems.Single().Message);
        }

        [TestMethod]
        public void No_requirements_configured_lets_every_move_pass()
        {
            var decision = StageGate.Evaluate(Read(), StageMove.Win(0), EmptyDeal, enforce: true);

            Assert.AreEqual(GateOutcome.Passed, decision.Outcome);
        }

        [TestMethod]
        public void A_misconfigured_row_never_blocks_and_is_reported_with_every_decision()
        {
            var broken = Row(SalesStage.Qualify, RequirementKind.ColumnCondition) with { Name = "Budget rule", Column = "budgetamount", Operator = (int)RequirementOperator.GreaterOrEqual, Value = "lots" };
            var set = Read(broken);

            var decision = StageGate.Evaluate(set, StageMove.Between(0, 3), EmptyDeal, enforce: true);

            Assert.AreEqual(GateOutcome.Passed, decision.Outcome);
            Assert.Contains("'Budget rule'", decision.Warnings.Single());
            Assert.Contains("nobody is blocked by it", decision.Warnings.Single());
        }

        [TestMethod]
        public void A_deal_value_of_the_wrong_type_is_warned_and_not_held_against_the_rep()
        {
            var set = Read(Condition(SalesStage.Qualify, "budgetamount", RequirementOperator.GreaterOrEqual, "10000", Budget));

            var decision = StageGate.Evaluate(set, StageMove.Between(0, 1), DealWith("budgetamount", "ten thousand"), enforce: true);

            Assert.AreEqual(GateOutcome.Passed, decision.Outcome);
            Assert.Contains("was not checked", decision.Warnings.Single());
            Assert.Contains("budgetamount holds a String", decision.Warnings.Single());
        }

        [TestMethod]
        public void Null_arguments_are_programming_errors()
        {
            Assert.ThrowsExactly<ArgumentNullException>(() => StageGate.Evaluate(null!, StageMove.Win(0), EmptyDeal, true));
            Assert.ThrowsExactly<ArgumentNullException>(() => StageGate.Evaluate(Process, null!, EmptyDeal, true));
            Assert.ThrowsExactly<ArgumentNullException>(() => StageGate.Evaluate(Process, StageMove.Win(0), null!, true));
        }
    }
}
