using CrmIndependence.Plugins.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.StageGates
{
    /// <summary>A process stage's category says which sales stage it is: 0-3 are Qualify to Close, the rest are not gated.</summary>
    [TestClass]
    public sealed class FlowStageMoveRuleTests
    {
        [TestMethod]
        [DataRow(0, 1)]
        [DataRow(1, 3)]
        [DataRow(2, 0)]
        public void The_categories_0_to_3_are_the_sales_stages_of_the_same_values(int from, int to)
        {
            var move = FlowStageMove.Read(new FlowStage("From", from), new FlowStage("To", to), out var explanation);

            Assert.AreEqual(StageMove.Between(from, to), move);
            StringAssert.Contains(explanation, "Flow stage move from 'From'");
        }

        [TestMethod]
        [DataRow(4, "Identify (4)")]
        [DataRow(5, "Research (5)")]
        [DataRow(6, "Resolve (6)")]
        [DataRow(7, "Approval (7)")]
        [DataRow(42, "unknown (42)")]
        [DataRow(null, "none")]
        public void A_stage_reached_whose_category_is_not_a_sales_stage_is_not_a_move_to_check(int? category, string shown)
        {
            var move = FlowStageMove.Read(new FlowStage("Qualify", 0), new FlowStage("Other", category), out var explanation);

            Assert.IsNull(move);
            StringAssert.Contains(explanation, $"'Other' (category {shown})");
            StringAssert.Contains(explanation, "is not a sales stage the suite maps (Qualify (0), Develop (1), Propose (2), Close (3))");
        }

        [TestMethod]
        public void Leaving_no_stage_or_a_stage_that_is_not_a_sales_stage_is_checked_from_the_start()
        {
            Assert.AreEqual(StageMove.Between(null, 2), FlowStageMove.Read(null, new FlowStage("Propose", 2), out var none));
            Assert.AreEqual(StageMove.Between(null, 2), FlowStageMove.Read(new FlowStage("Identify", 4), new FlowStage("Propose", 2), out var other));

            StringAssert.Contains(none, "from no stage (checked from the start of the process)");
            StringAssert.Contains(other, "(not a sales stage: checked from the start of the process)");
        }
    }
}
