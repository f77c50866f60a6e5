using System;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.DecisionAuthority;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Status = CrmIndependence.Plugins.Schema.Opportunity.ApprovalStatusOption;

namespace CrmIndependence.Plugins.Tests.Product.CustomApis
{
    /// <summary>
    /// cri_ApproveDeal called as the command bar, a Power Automate approval flow or an integration calls it: bound to
    /// the deal, as the manager (or anyone else) on the emulator. Everyone may give up to 10% discount, Max up to 25%;
    /// Riley (Max's rep) asks for 15%.
    /// </summary>
    [TestClass]
    public sealed class ApproveDealApiTests
    {
        [TestMethod]
        public void Max_approves_Rileys_discount_and_Riley_can_win_in_enforce_mode()
        {
            var org = RileyAsksForFifteenPercent(enforce: true);
            Assert.AreEqual("discount percentage 15% (authority up to 10%)", org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<string>(Opportunity.ApprovalReason),
                "the deal says in words what is beyond Riley's authority");

            var response = org.As(org.Max).Execute(ApproveDeal(org.RileysDeal, approve: true, "Fine for a three-year term."));

            Assert.AreEqual(Status.Approved, ((OptionSetValue)response.Results["ApprovalStatus"]).Value);
            Assert.AreEqual(Status.Approved, org.ApprovalOf(org.RileysDeal));
            Assert.AreEqual(org.Max.Id, org.ApproverOf(org.RileysDeal));
            Assert.AreEqual("Fine for a three-year term.", CommentOn(org, org.RileysDeal));
            org.Win(org.Riley, org.RileysDeal);
            Assert.AreEqual(Opportunity.StateCodeOption.Won, org.StateOf(org.RileysDeal));
        }

        [TestMethod]
        public void A_rejection_is_what_Riley_sees_on_the_deal_with_the_comment_and_Win_stays_refused()
        {
            var org = RileyAsksForFifteenPercent(enforce: true);

            org.As(org.Max).Execute(ApproveDeal(org.RileysDeal, approve: false, "15% is too much for a one-year deal; 10% or a longer term."));

            var deal = org.As(org.Riley).Retrieve(Opportunity.EntityName, org.RileysDeal, new Microsoft.Xrm.Sdk.Query.ColumnSet(true));
            Assert.AreEqual(Status.Rejected, deal.GetAttributeValue<OptionSetValue>(Opportunity.ApprovalStatus).Value);
            Assert.AreEqual(org.Max.Id, deal.GetAttributeValue<EntityReference>(Opportunity.ApprovedById).Id, "the approver column names who rejected");
            Assert.AreEqual("15% is too much for a one-year deal; 10% or a longer term.", deal.GetAttributeValue<string>(Opportunity.ApprovalComment));
            var refusal = SalesOrg.Refusal(() => org.Win(org.Riley, org.RileysDeal));
            StringAssert.Contains(refusal, "its approval was rejected for discount percentage 15%");
        }

        [TestMethod]
        public void Changing_the_discount_after_a_rejection_asks_again_and_clears_the_old_comment()
        {
            var org = RileyAsksForFifteenPercent(enforce: true);
            org.As(org.Max).Execute(ApproveDeal(org.RileysDeal, approve: false, "Too much."));

            org.SetDiscount(org.Riley, org.RileysDeal, 12m);

            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
            Assert.IsNull(CommentOn(org, org.RileysDeal));
            Assert.AreEqual("discount percentage 12% (authority up to 10%)", org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<string>(Opportunity.ApprovalReason));
        }

        [TestMethod]
        [DataRow(true)]
        [DataRow(false)]
        public void Someone_whose_authority_does_not_cover_the_discount_is_refused_and_nothing_changes(bool approve)
        {
            var org = RileyAsksForFifteenPercent(enforce: false);

            var refusal = SalesOrg.Refusal(() => org.As(org.Sam).Execute(ApproveDeal(org.RileysDeal, approve, "Looks fine to me.")));

            StringAssert.Contains(refusal, approve ? "You can't approve this deal" : "You can't reject this deal");
            StringAssert.Contains(refusal, "your authority covers up to 10%");
            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
            Assert.IsNull(org.ApproverOf(org.RileysDeal));
            Assert.IsNull(CommentOn(org, org.RileysDeal));
        }

        [TestMethod]
        public void Riley_cannot_approve_his_own_deal()
        {
            var org = RileyAsksForFifteenPercent(enforce: true);

            var refusal = SalesOrg.Refusal(() => org.As(org.Riley).Execute(ApproveDeal(org.RileysDeal, approve: true, null)));

            StringAssert.Contains(refusal, "You can't approve this deal");
            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
        }

        [TestMethod]
        public void A_rejection_without_a_comment_is_refused()
        {
            var org = RileyAsksForFifteenPercent(enforce: true);

            var refusal = SalesOrg.Refusal(() => org.As(org.Max).Execute(ApproveDeal(org.RileysDeal, approve: false, "  ")));

            StringAssert.Contains(refusal, "Say why you reject this deal in the comment");
            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
        }

        [TestMethod]
        public void A_comment_longer_than_its_column_is_refused()
        {
            var org = RileyAsksForFifteenPercent(enforce: true);

            var refusal = SalesOrg.Refusal(() => org.As(org.Max).Execute(ApproveDeal(org.RileysDeal, approve: true, new string('x', 2001))));

            StringAssert.Contains(refusal, "The comment has 2001 characters; keep it to 2000.");
            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
        }

        [TestMethod]
        public void A_deal_within_the_reps_authority_has_nothing_to_approve()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.SetDiscount(org.Riley, org.RileysDeal, 8m);

            var refusal = SalesOrg.Refusal(() => org.As(org.Max).Execute(ApproveDeal(org.RileysDeal, approve: true, null)));

            StringAssert.Contains(refusal, "There is nothing to approve on this deal: every governed value is within its owner's authority.");
            Assert.AreNotEqual(Status.Required, org.ApprovalOf(org.RileysDeal), "nothing waits for approval");
        }

        [TestMethod]
        public void A_retried_approval_writes_nothing_twice()
        {
            var org = RileyAsksForFifteenPercent(enforce: true);
            org.As(org.Max).Execute(ApproveDeal(org.RileysDeal, approve: true, "OK."));
            var modified = org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<DateTime>(Opportunity.ModifiedOn);
            org.Clock.Advance(TimeSpan.FromMinutes(5));

            var again = org.As(org.Max).Execute(ApproveDeal(org.RileysDeal, approve: true, "OK."));

            Assert.AreEqual(Status.Approved, ((OptionSetValue)again.Results["ApprovalStatus"]).Value);
            Assert.AreEqual(modified, org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<DateTime>(Opportunity.ModifiedOn), "the deal is not saved again");
        }

        [TestMethod]
        public void Max_may_reject_after_approving_while_the_discount_is_still_beyond_Rileys_authority()
        {
            var org = RileyAsksForFifteenPercent(enforce: true);
            org.As(org.Max).Execute(ApproveDeal(org.RileysDeal, approve: true, "OK."));

            org.As(org.Max).Execute(ApproveDeal(org.RileysDeal, approve: false, "The customer changed the scope; let's talk."));

            Assert.AreEqual(Status.Rejected, org.ApprovalOf(org.RileysDeal));
            Assert.AreEqual("The customer changed the scope; let's talk.", CommentOn(org, org.RileysDeal));
        }

        [TestMethod]
        public void Riley_cannot_write_the_approvers_comment_or_the_reason_himself()
        {
            var org = RileyAsksForFifteenPercent(enforce: true);

            org.As(org.Riley).Update(new Entity(Opportunity.EntityName, org.RileysDeal)
            {
                [Opportunity.ApprovalComment] = "Approved by phone.",
                [Opportunity.ApprovalReason] = "nothing",
            });

            Assert.IsNull(CommentOn(org, org.RileysDeal));
            Assert.AreEqual("discount percentage 15% (authority up to 10%)", org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<string>(Opportunity.ApprovalReason));
            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
        }

        [TestMethod]
        public void A_call_without_the_verdict_is_refused_with_what_to_send()
        {
            var org = RileyAsksForFifteenPercent(enforce: true);

            var refusal = SalesOrg.Refusal(() => org.As(org.Max).Execute(new OrganizationRequest("cri_ApproveDeal")
            {
                ["Target"] = new EntityReference(Opportunity.EntityName, org.RileysDeal),
            }));

            StringAssert.Contains(refusal, "Approve true approves it, false rejects it");
        }

        private static SalesOrg RileyAsksForFifteenPercent(bool enforce)
        {
            var org = new SalesOrg().WithDiscountAuthority();
            if (enforce)
            {
                org.Enforce();
            }

            org.SetDiscount(org.Riley, org.RileysDeal, 15m);
            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
            return org;
        }

        private static string? CommentOn(SalesOrg org, Guid deal) =>
            org.Read(Opportunity.EntityName, deal).GetAttributeValue<string>(Opportunity.ApprovalComment);

        internal static OrganizationRequest ApproveDeal(Guid deal, bool approve, string? comment)
        {
            var request = new OrganizationRequest("cri_ApproveDeal")
            {
                ["Target"] = new EntityReference(Opportunity.EntityName, deal),
                ["Approve"] = approve,
            };
            if (comment != null)
            {
                request["Comment"] = comment;
            }

            return request;
        }
    }
}
