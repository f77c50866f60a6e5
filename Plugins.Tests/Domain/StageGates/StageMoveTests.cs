using System.Linq;
using CrmIndependence.Plugins.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.StageGates.StageGateFixtures;

namespace CrmIndependence.Plugins.Tests.Domain.StageGates
{
    /// <summary>Which stages' exit criteria a move has to meet.</summary>
    [TestClass]
    public sealed class StageMoveTests
    {
        private const int Qualify = 0, Develop = 1, Propose = 2, Close = 3;

        [TestMethod]
        [DataRow(Qualify, Develop, "Qualify")]
        [DataRow(Qualify, Propose, "Qualify,Develop")]
        [DataRow(Develop, Propose, "Develop")]
        [DataRow(Qualify, Close, "Qualify,Develop,Propose")]
        [DataRow(Develop, Close, "Develop,Propose")]
        public void Moving_forward_or_skipping_checks_the_exit_criteria_of_every_stage_passed(int from, int to, string expectedStages)
        {
            var decision = StageGate.Evaluate(Process, StageMove.Between(from, to), EmptyDeal, enforce: true);

            Assert.AreEqual(expectedStages, string.Join(",", decision.StagesChecked));
            CollectionAssert.AreEquivalent(
                SalesProcess.Where(row => decision.StagesChecked.Contains((SalesStage)row.Stage!.Value)).Select(row => row.Message).ToList(),
                decision.MissingItems.Select(item => item.Message).ToList());
        }

        [TestMethod]
        [DataRow(Propose, Develop)]
        [DataRow(Close, Qualify)]
        [DataRow(Develop, Develop)]
        public void Moving_back_or_staying_is_always_allowed_and_reads_nothing(int from, int to)
        {
            var move = StageMove.Between(from, to);

            var decision = StageGate.Evaluate(Process, move, EmptyDeal, enforce: true);

            Assert.AreEqual(GateOutcome.NotGated, decision.Outcome);
            Assert.IsTrue(decision.IsAllowed);
            Assert.IsEmpty(decision.MissingItems);
            Assert.IsTrue(StageGate.FactsNeeded(Process, move).IsEmpty);
        }

        [TestMethod]
        public void Clearing_the_stage_is_not_gated()
        {
            Assert.AreEqual(GateOutcome.NotGated, StageGate.Evaluate(Process, StageMove.Between(Propose, null), EmptyDeal, enforce: true).Outcome);
        }

        [TestMethod]
        public void A_deal_without_a_stage_starts_at_Qualify()
        {
            var decision = StageGate.Evaluate(Process, StageMove.Between(null, Develop), EmptyDeal, enforce: true);

            Assert.AreEqual("Qualify", string.Join(",", decision.StagesChecked));
        }

        [TestMethod]
        [DataRow(Qualify, "Qualify,Develop,Propose,Close")]
        [DataRow(Propose, "Propose,Close")]
        [DataRow(Close, "Close")]
        [DataRow(null, "Qualify,Develop,Propose,Close")]
        public void Win_checks_every_stage_from_the_current_one_through_Close(int? current, string expectedStages)
        {
            var decision = StageGate.Evaluate(Process, StageMove.Win(current), EmptyDeal, enforce: true);

            Assert.AreEqual(expectedStages, string.Join(",", decision.StagesChecked));
            Assert.AreEqual(GateOutcome.Refused, decision.Outcome);
        }

        [TestMethod]
        public void A_move_to_a_stage_the_suite_does_not_know_is_allowed_unchecked_and_warned()
        {
            var decision = StageGate.Evaluate(Process, StageMove.Between(Qualify, 7), EmptyDeal, enforce: true);

            Assert.AreEqual(GateOutcome.UnknownStage, decision.Outcome);
            Assert.IsTrue(decision.IsAllowed);
            Assert.IsEmpty(decision.StagesChecked);
            Assert.Contains("sales stage value 7 is not a stage the suite knows", decision.Warnings.Single());
        }

        [TestMethod]
        public void A_move_from_a_stage_the_suite_does_not_know_is_allowed_unchecked_and_warned()
        {
            var decision = StageGate.Evaluate(Process, StageMove.Between(12, Close), EmptyDeal, enforce: true);

            Assert.AreEqual(GateOutcome.UnknownStage, decision.Outcome);
            Assert.Contains("sales stage value 12", decision.Warnings.Single());
            Assert.IsTrue(StageGate.FactsNeeded(Process, StageMove.Between(12, Close)).IsEmpty);
        }

        [TestMethod]
        public void A_win_from_a_stage_the_suite_does_not_know_still_checks_the_close_criteria()
        {
            var decision = StageGate.Evaluate(Process, StageMove.Win(12), EmptyDeal, enforce: true);

            Assert.AreEqual("Close", string.Join(",", decision.StagesChecked));
            Assert.AreEqual(CloseDate, decision.MissingItems.Single().Message);
            Assert.Contains("only Close's criteria were checked", decision.Warnings.Single());
        }

        [TestMethod]
        public void The_plugin_reads_only_what_the_stages_passed_ask_for()
        {
            var facts = StageGate.FactsNeeded(Process, StageMove.Between(Qualify, Propose));

            CollectionAssert.AreEqual(new[] { "parentcontactid", "budgetamount" }, facts.Columns.ToArray());
            CollectionAssert.AreEqual(new[] { "phonecall" }, facts.ActivityTypes.ToArray());
            Assert.IsEmpty(facts.RelatedRecords);

            var win = StageGate.FactsNeeded(Process, StageMove.Win(Propose));
            CollectionAssert.AreEqual(new[] { "estimatedclosedate" }, win.Columns.ToArray());
            Assert.AreEqual(new RelatedRecordKey("quote", "opportunityid"), win.RelatedRecords.Single());
        }
    }
}
