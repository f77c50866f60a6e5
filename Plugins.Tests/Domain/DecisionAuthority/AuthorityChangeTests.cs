using System;
using System.Linq;
using CrmIndependence.Plugins.DecisionAuthority;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.DecisionAuthority.AuthorityFixtures;

namespace CrmIndependence.Plugins.Tests.Domain.DecisionAuthority
{
    /// <summary>What a change of discount or deal value means for the deal's approval (Rep may give 10%, managers 20%).</summary>
    [TestClass]
    public sealed class AuthorityChangeTests
    {
        [TestMethod]
        public void A_rep_s_change_within_their_authority_needs_nothing()
        {
            var result = AuthorityChange.Assess(Matrix, Change(Rep, ApprovalStatus.NotRequired, Discount(5m, 10m), DealValue(80000m, 80000m)));

            Assert.AreEqual(ApprovalStatus.NotRequired, result.Status);
            Assert.IsFalse(result.ApprovalChanged);
            Assert.IsEmpty(result.BeyondOwnerAuthority);
            Assert.IsEmpty(result.Signals);
        }

        [TestMethod]
        public void A_rep_s_change_beyond_their_authority_makes_approval_required()
        {
            var result = AuthorityChange.Assess(Matrix, Change(Rep, ApprovalStatus.NotRequired, Discount(5m, 15m), DealValue(80000m, 80000m)));

            Assert.AreEqual(ApprovalStatus.Required, result.Status);
            Assert.IsTrue(result.ApprovalChanged);
            Assert.IsNull(result.ApprovedBy);
            Assert.AreEqual("discount percentage 15% (authority up to 10%)", result.AwaitingApproval.Single().ToString());
            Assert.Contains("approval Required (was NotRequired)", result.Summary);
        }

        [TestMethod]
        public void Every_value_beyond_authority_is_named()
        {
            var result = AuthorityChange.Assess(Matrix, Change(Rep, ApprovalStatus.NotRequired, Discount(5m, 15m), DealValue(80000m, 150000m)));

            CollectionAssert.AreEqual(
                new[] { "discount percentage 15% (authority up to 10%)", "deal value 150,000 (authority up to 100,000)" },
                result.AwaitingApproval.Select(finding => finding.ToString()).ToArray());
        }

        [TestMethod]
        public void Bringing_every_value_back_within_authority_clears_the_need_for_approval()
        {
            var result = AuthorityChange.Assess(Matrix, Change(Rep, ApprovalStatus.Required, Discount(15m, 8m)));

            Assert.AreEqual(ApprovalStatus.NotRequired, result.Status);
            Assert.IsTrue(result.ApprovalChanged);
        }

        [TestMethod]
        public void Raising_a_value_after_approval_beyond_what_was_approved_needs_approval_again()
        {
            var approver = Manager.UserId;
            var change = new DealChange(new[] { Discount(15m, 18m) }, Rep, Rep, false, ApprovalStatus.Approved, approver);

            var result = AuthorityChange.Assess(Matrix, change);

            Assert.AreEqual(ApprovalStatus.Required, result.Status);
            Assert.IsNull(result.ApprovedBy, "the earlier approval no longer stands");
            Assert.AreEqual("discount percentage 18% (authority up to 10%)", result.AwaitingApproval.Single().ToString());
        }

        [TestMethod]
        [DataRow(18.0, ApprovalStatus.Approved)]
        [DataRow(20.0, ApprovalStatus.Approved)]
        [DataRow(22.0, ApprovalStatus.Required)]
        public void When_the_approved_value_is_known_only_going_above_it_needs_approval_again(double raisedTo, ApprovalStatus expected)
        {
            var raise = Discount(15m, (decimal)raisedTo) with { ApprovedValue = 20m };
            var change = new DealChange(new[] { raise }, Rep, Rep, false, ApprovalStatus.Approved, Manager.UserId);

            Assert.AreEqual(expected, AuthorityChange.Assess(Matrix, change).Status);
        }

        [TestMethod]
        public void A_manager_s_own_approval_hands_the_plugin_the_values_to_remember()
        {
            var result = AuthorityChange.Assess(Matrix, Change(Manager, ApprovalStatus.NotRequired, Discount(5m, 18m), DealValue(50000m, 50000m)));

            Assert.AreEqual(new DecisionValue(Decision.DiscountPercent, 18m), result.ApprovedValues.Single());
            Assert.IsEmpty(AuthorityChange.Assess(Matrix, Change(Rep, ApprovalStatus.NotRequired, Discount(5m, 18m))).ApprovedValues);
        }

        [TestMethod]
        public void Lowering_an_approved_value_keeps_the_approval()
        {
            var approver = Manager.UserId;
            var change = new DealChange(new[] { Discount(15m, 12m), DealValue(50000m, 60000m) }, Rep, Rep, false, ApprovalStatus.Approved, approver);

            var result = AuthorityChange.Assess(Matrix, change);

            Assert.AreEqual(ApprovalStatus.Approved, result.Status);
            Assert.AreEqual(approver, result.ApprovedBy);
            Assert.IsFalse(result.ApprovalChanged);
        }

        [TestMethod]
        public void A_manager_changing_a_value_the_rep_was_entitled_to_decide_is_an_override_signal()
        {
            var result = AuthorityChange.Assess(Matrix, Change(Manager, ApprovalStatus.NotRequired, Discount(5m, 8m)));

            Assert.AreEqual(ApprovalStatus.NotRequired, result.Status);
            var signal = result.Signals.Single();
            Assert.AreEqual(AuthoritySignalKind.ManagerOverrideWithinAuthority, signal.Kind);
            Assert.AreEqual(Decision.DiscountPercent, signal.Decisions.Single());
            Assert.AreEqual("A manager changed the discount percentage from 5% to 8%, which the rep may decide alone up to 10%", signal.Details);
        }

        [TestMethod]
        public void An_override_names_the_manager_when_the_chain_read_their_name()
        {
            var change = Change(Manager, ApprovalStatus.NotRequired, Discount(5m, 8m));
            var named = new DealChange(change.Values, change.Owner, change.Actor, change.ActorIsInOwnersManagerChain, change.CurrentStatus, change.CurrentApprovedBy) { ActorName = "Oscar Grant" };

            var signal = AuthorityChange.Assess(Matrix, named).Signals.Single();

            Assert.AreEqual("Oscar Grant changed the discount percentage from 5% to 8%, which the rep may decide alone up to 10%", signal.Details);
        }

        [TestMethod]
        public void Several_overridden_values_in_one_save_make_one_signal()
        {
            var result = AuthorityChange.Assess(Matrix, Change(Manager, ApprovalStatus.NotRequired, Discount(5m, null), DealValue(50000m, 90000m)));

            var signal = result.Signals.Single();
            Assert.HasCount(2, signal.Decisions);
            Assert.Contains("from 5% to empty", signal.Details);
            Assert.Contains("deal value from 50,000 to 90,000", signal.Details);
        }

        [TestMethod]
        public void A_manager_deciding_beyond_the_rep_s_authority_within_their_own_approves_it()
        {
            var result = AuthorityChange.Assess(Matrix, Change(Manager, ApprovalStatus.NotRequired, Discount(5m, 18m)));

            Assert.AreEqual(ApprovalStatus.Approved, result.Status);
            Assert.AreEqual(Manager.UserId, result.ApprovedBy);
            Assert.IsEmpty(result.Signals, "beyond the rep's authority the manager is not overriding the rep");
            Assert.IsEmpty(result.AwaitingApproval);
        }

        [TestMethod]
        public void A_manager_deciding_beyond_their_own_authority_leaves_it_waiting_for_approval()
        {
            var result = AuthorityChange.Assess(Matrix, Change(Manager, ApprovalStatus.NotRequired, Discount(5m, 25m)));

            Assert.AreEqual(ApprovalStatus.Required, result.Status);
            Assert.AreEqual("discount percentage 25% (authority up to 10%)", result.AwaitingApproval.Single().ToString());
        }

        [TestMethod]
        public void A_manager_saving_the_deal_does_not_approve_values_they_did_not_change()
        {
            var result = AuthorityChange.Assess(Matrix, Change(Manager, ApprovalStatus.Required, Discount(15m, 15m), DealValue(50000m, 60000m)));

            Assert.AreEqual(ApprovalStatus.Required, result.Status);
        }

        [TestMethod]
        public void A_colleague_outside_the_manager_chain_is_no_override()
        {
            var change = new DealChange(new[] { Discount(5m, 8m) }, Rep, Colleague, actorIsInOwnersManagerChain: false, ApprovalStatus.NotRequired);

            Assert.IsEmpty(AuthorityChange.Assess(Matrix, change).Signals);
        }

        [TestMethod]
        public void Without_an_authority_row_the_rep_has_no_limit_and_no_explicit_entitlement_so_no_override_is_counted()
        {
            var noRows = AuthorityMatrix.Read(new AuthorityRow[0]);

            var result = AuthorityChange.Assess(noRows, Change(Manager, ApprovalStatus.NotRequired, Discount(5m, 60m)));

            Assert.AreEqual(ApprovalStatus.NotRequired, result.Status);
            Assert.IsEmpty(result.Signals);
        }

        [TestMethod]
        public void A_rejection_stands_until_a_value_beyond_authority_changes()
        {
            var rejectedBy = Manager.UserId;
            var untouched = new DealChange(new[] { Discount(15m, 15m), DealValue(50000m, 55000m) }, Rep, Rep, false, ApprovalStatus.Rejected, rejectedBy);
            var changed = new DealChange(new[] { Discount(15m, 14m) }, Rep, Rep, false, ApprovalStatus.Rejected, rejectedBy);

            var stands = AuthorityChange.Assess(Matrix, untouched);
            var asksAgain = AuthorityChange.Assess(Matrix, changed);

            Assert.AreEqual(ApprovalStatus.Rejected, stands.Status);
            Assert.AreEqual(rejectedBy, stands.ApprovedBy);
            Assert.AreEqual(ApprovalStatus.Required, asksAgain.Status);
            Assert.IsNull(asksAgain.ApprovedBy);
        }

        [TestMethod]
        public void A_rep_with_a_more_specific_row_is_measured_against_it()
        {
            var change = new DealChange(new[] { Discount(5m, 12m) }, EnterpriseRep, EnterpriseRep, false, ApprovalStatus.NotRequired);

            Assert.AreEqual(ApprovalStatus.NotRequired, AuthorityChange.Assess(Matrix, change).Status);
        }

        [TestMethod]
        public void Null_arguments_are_programming_errors()
        {
            Assert.ThrowsExactly<ArgumentNullException>(() => AuthorityChange.Assess(null!, Change(Rep, ApprovalStatus.NotRequired)));
            Assert.ThrowsExactly<ArgumentNullException>(() => AuthorityChange.Assess(Matrix, null!));
            Assert.ThrowsExactly<ArgumentNullException>(() => new DealChange(null!, Rep, Rep, false, ApprovalStatus.NotRequired));
        }
    }
}
