using System.Linq;
using CrmIndependence.Plugins.DecisionAuthority;
using CrmIndependence.Plugins.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.DecisionAuthority.AuthorityFixtures;

namespace CrmIndependence.Plugins.Tests.Domain.DecisionAuthority
{
    /// <summary>A deal beyond its owner's authority is won only once approved (enforce); observe mode records it.</summary>
    [TestClass]
    public sealed class WinApprovalTests
    {
        private static readonly DecisionValue[] Beyond = { new DecisionValue(Decision.DiscountPercent, 15m), new DecisionValue(Decision.DealValue, 90000m) };
        private static readonly DecisionValue[] Within = { new DecisionValue(Decision.DiscountPercent, 10m), new DecisionValue(Decision.DealValue, null) };

        [TestMethod]
        [DataRow(true)]
        [DataRow(false)]
        public void A_deal_within_its_owner_s_authority_is_won_freely(bool enforce)
        {
            var result = WinApproval.Check(Matrix, Within, Rep, ApprovalStatus.NotRequired, enforce);

            Assert.AreEqual(WinOutcome.Allowed, result.Outcome);
            Assert.IsEmpty(result.Signals);
        }

        [TestMethod]
        public void Enforce_mode_refuses_to_win_a_deal_beyond_authority_until_it_is_approved()
        {
            var result = WinApproval.Check(Matrix, Beyond, Rep, ApprovalStatus.Required, enforce: true);

            Assert.AreEqual(WinOutcome.Refused, result.Outcome);
            Assert.IsFalse(result.IsAllowed);
            Assert.AreEqual(
                "This deal can't be closed as won yet: it needs approval for discount percentage 15% (authority up to 10%), beyond the owner's authority. Ask someone whose authority covers it to approve it.",
                result.RefusalMessage);
            Assert.IsEmpty(result.Signals);
        }

        [TestMethod]
        public void An_approved_deal_is_won()
        {
            Assert.AreEqual(WinOutcome.Allowed, WinApproval.Check(Matrix, Beyond, Rep, ApprovalStatus.Approved, enforce: true).Outcome);
        }

        [TestMethod]
        public void A_rejected_deal_is_not_won_and_the_rep_is_told_how_to_move_on()
        {
            var result = WinApproval.Check(Matrix, Beyond, Rep, ApprovalStatus.Rejected, enforce: true);

            Assert.AreEqual(WinOutcome.Refused, result.Outcome);
            StringAssert.StartsWith(result.RefusalMessage, "This deal can't be closed as won: its approval was rejected for discount percentage 15%");
        }

        [TestMethod]
        public void Values_are_measured_again_at_win_so_a_stale_not_required_status_does_not_let_a_deal_through()
        {
            Assert.AreEqual(WinOutcome.Refused, WinApproval.Check(Matrix, Beyond, Rep, ApprovalStatus.NotRequired, enforce: true).Outcome);
        }

        [TestMethod]
        public void Observe_mode_wins_the_deal_and_makes_a_signal_due()
        {
            var result = WinApproval.Check(Matrix, Beyond, Rep, ApprovalStatus.Required, enforce: false);

            Assert.AreEqual(WinOutcome.AllowedWithoutApproval, result.Outcome);
            Assert.IsTrue(result.IsAllowed);
            Assert.IsNull(result.RefusalMessage);
            var signal = result.Signals.Single();
            Assert.AreEqual(AuthoritySignalKind.WonWithoutApproval, signal.Kind);
            Assert.AreEqual("Won without approval (approval Required): discount percentage 15% (authority up to 10%)", signal.Details);
            Assert.Contains("enforce mode would refuse it", result.Summary);
        }

        [TestMethod]
        public void A_win_without_approval_names_the_reps_manager_or_the_manager_in_the_chain_who_won_it()
        {
            var rep = new System.Guid("00000000-0000-0000-0000-00000000000a");
            var manager = new System.Guid("00000000-0000-0000-0000-00000000000b");
            var director = new System.Guid("00000000-0000-0000-0000-00000000000c");
            var peer = new System.Guid("00000000-0000-0000-0000-00000000000d");
            var users = new[] { new HierarchyUser(rep, manager), new HierarchyUser(manager, director), new HierarchyUser(director, null) };
            var chain = ManagerChain.Walk(rep, 2, users);

            Assert.AreEqual(manager, WinApproval.ManagerOf(chain, rep), "the rep won it: their manager");
            Assert.AreEqual(manager, WinApproval.ManagerOf(chain, peer), "a peer won it: the rep's manager");
            Assert.AreEqual(director, WinApproval.ManagerOf(chain, director), "a manager in the chain won it: that manager");
            Assert.IsNull(WinApproval.ManagerOf(ManagerChain.Walk(director, 2, users), director), "nobody above: no manager");
        }

        [TestMethod]
        public void Importing_the_solution_without_authority_rows_never_blocks_a_win()
        {
            var noRows = AuthorityMatrix.Read(new AuthorityRow[0]);

            Assert.AreEqual(WinOutcome.Allowed, WinApproval.Check(noRows, Beyond, Rep, ApprovalStatus.NotRequired, enforce: true).Outcome);
        }
    }
}
