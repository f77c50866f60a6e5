using System;
using System.Linq;
using CrmIndependence.Plugins.DecisionAuthority;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.DecisionAuthority.AuthorityFixtures;

namespace CrmIndependence.Plugins.Tests.Domain.DecisionAuthority
{
    /// <summary>Only someone whose authority covers a value may approve (or reject) it.</summary>
    [TestClass]
    public sealed class ApprovalTests
    {
        private static readonly DecisionValue[] EighteenPercent = { new DecisionValue(Decision.DiscountPercent, 18m), new DecisionValue(Decision.DealValue, 90000m) };

        [TestMethod]
        public void An_approver_whose_authority_covers_the_value_approves_it()
        {
            var result = Approval.Decide(Matrix, EighteenPercent, Rep, Manager, ApprovalVerdict.Approve);

            Assert.IsTrue(result.IsAccepted);
            Assert.AreEqual(ApprovalStatus.Approved, result.Status);
            Assert.AreEqual(Manager.UserId, result.DecidedBy);
            Assert.IsNull(result.RefusalMessage);
            Assert.AreEqual(new DecisionValue(Decision.DiscountPercent, 18m), result.ApprovedValues.Single(), "only what was beyond the owner's authority");
        }

        [TestMethod]
        public void An_approver_whose_authority_covers_the_value_may_reject_it()
        {
            var result = Approval.Decide(Matrix, EighteenPercent, Rep, Director, ApprovalVerdict.Reject);

            Assert.IsTrue(result.IsAccepted);
            Assert.AreEqual(ApprovalStatus.Rejected, result.Status);
            Assert.AreEqual(Director.UserId, result.DecidedBy);
        }

        [TestMethod]
        public void Someone_whose_authority_does_not_cover_the_value_cannot_approve_it()
        {
            var values = new[] { new DecisionValue(Decision.DiscountPercent, 25m) };

            var result = Approval.Decide(Matrix, values, Rep, Manager, ApprovalVerdict.Approve);

            Assert.IsFalse(result.IsAccepted);
            Assert.AreEqual(
                "You can't approve this deal: it asks for a discount percentage of 25% and your authority covers up to 20%. Someone whose authority covers it has to approve it.",
                result.RefusalMessage);
            Assert.AreEqual(20m, result.Uncovered[0].Authority.Limit);
        }

        [TestMethod]
        public void The_refusal_names_every_value_the_approver_cannot_cover()
        {
            var values = new[] { new DecisionValue(Decision.DiscountPercent, 25m), new DecisionValue(Decision.DealValue, 600000m) };

            var result = Approval.Decide(Matrix, values, Rep, Manager, ApprovalVerdict.Reject);

            Assert.AreEqual(
                "You can't reject this deal: it asks for a discount percentage of 25% and your authority covers up to 20%; " +
                "it asks for a deal value of 600,000 and your authority covers up to 500,000. Someone whose authority covers it has to reject it.",
                result.RefusalMessage);
        }

        [TestMethod]
        public void The_rep_cannot_approve_their_own_deal_beyond_their_authority()
        {
            var result = Approval.Decide(Matrix, EighteenPercent, Rep, Rep, ApprovalVerdict.Approve);

            Assert.IsFalse(result.IsAccepted);
            Assert.Contains("your authority covers up to 10%", result.RefusalMessage!);
        }

        [TestMethod]
        public void A_peer_with_the_same_authority_cannot_approve_either()
        {
            var result = Approval.Decide(Matrix, EighteenPercent, Rep, Colleague, ApprovalVerdict.Approve);

            Assert.IsFalse(result.IsAccepted);
        }

        [TestMethod]
        [DataRow(ApprovalVerdict.Approve)]
        [DataRow(ApprovalVerdict.Reject)]
        public void When_nothing_is_beyond_the_owner_s_authority_there_is_nothing_to_approve(ApprovalVerdict verdict)
        {
            var values = new[] { new DecisionValue(Decision.DiscountPercent, 8m), new DecisionValue(Decision.DealValue, null) };

            var result = Approval.Decide(Matrix, values, Rep, Rep, verdict);

            Assert.IsTrue(result.IsAccepted);
            Assert.AreEqual(ApprovalStatus.NotRequired, result.Status);
            Assert.IsNull(result.DecidedBy);
        }

        [TestMethod]
        public void Null_arguments_are_programming_errors()
        {
            Assert.ThrowsExactly<ArgumentNullException>(() => Approval.Decide(Matrix, EighteenPercent, Rep, null!, ApprovalVerdict.Approve));
            Assert.ThrowsExactly<ArgumentNullException>(() => Approval.Decide(Matrix, null!, Rep, Manager, ApprovalVerdict.Approve));
        }
    }
}
