using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.DecisionAuthority;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Status = CrmIndependence.Plugins.Schema.Opportunity.ApprovalStatusOption;

namespace CrmIndependence.Plugins.Tests.Product.Bookkeeping
{
    /// <summary>
    /// A deal's approval is the suite's to assess on Create as on Update: nobody creates a deal already approved unless
    /// their own authority covers it. Everyone may give up to 10% discount, Max up to 25% (<see cref="AuthoritySetup.WithDiscountAuthority"/>).
    /// </summary>
    [TestClass]
    public sealed class ForgedApprovalTests
    {
        [TestMethod]
        public void A_rep_cannot_create_a_deal_already_approved_beyond_their_authority()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.Enforce();
            var deals = org.Org.Rows(Opportunity.EntityName).Count;

            var message = SalesOrg.Refusal(() => org.As(org.Riley).Create(NewDeal(org, 50m, Status.Approved)));

            StringAssert.Contains(message, "This deal was not created: it was sent already approved.");
            StringAssert.Contains(message, "discount percentage of 50% and your authority covers up to 10%");
            StringAssert.Contains(message, "Save the deal without an approval status");
            Assert.AreEqual(deals, org.Org.Rows(Opportunity.EntityName).Count, "nothing created");
        }

        [TestMethod]
        public void A_deal_created_beyond_its_owners_authority_is_created_with_approval_required_and_its_win_waits()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.Enforce();

            var deal = org.As(org.Riley).Create(NewDeal(org, 50m));

            Assert.AreEqual(Status.Required, org.ApprovalOf(deal));
            var refusal = SalesOrg.Refusal(() => org.Win(org.Riley, deal));
            StringAssert.Contains(refusal, "50%");
            Assert.AreEqual(Opportunity.StateCodeOption.Open, org.StateOf(deal));
        }

        [TestMethod]
        public void A_deal_created_within_its_owners_authority_needs_no_approval()
        {
            var org = new SalesOrg().WithDiscountAuthority();

            var deal = org.As(org.Riley).Create(NewDeal(org, 5m, Status.Required));

            Assert.AreEqual(Status.NotRequired, org.ApprovalOf(deal), "the sent Required is replaced by the assessed status");
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "were replaced by the assessed ones");
        }

        [TestMethod]
        public void A_manager_who_creates_a_reps_deal_within_their_own_authority_approves_it()
        {
            var org = new SalesOrg().WithDiscountAuthority();

            var deal = org.As(org.Max).Create(NewDeal(org, 20m, owner: org.Riley));

            Assert.AreEqual(Status.Approved, org.ApprovalOf(deal));
            Assert.AreEqual(org.Max.Id, org.ApproverOf(deal));
            Assert.AreEqual(0, org.Signals().Length, "a new deal overrides nothing: no manager-override signal");
        }

        [TestMethod]
        public void An_approver_sent_with_a_new_deal_is_replaced_by_the_assessed_one()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            var forged = NewDeal(org, 50m);
            forged[Opportunity.ApprovedById] = org.Max.ToEntityReference();
            forged[Opportunity.ApprovedValue] = 50m;

            var deal = org.As(org.Riley).Create(forged);

            Assert.AreEqual(Status.Required, org.ApprovalOf(deal));
            Assert.IsNull(org.ApproverOf(deal));
            Assert.IsNull(org.Read(Opportunity.EntityName, deal).GetAttributeValue<decimal?>(Opportunity.ApprovedValue));
        }

        [TestMethod]
        public void A_manager_creating_a_deal_approved_beyond_their_own_authority_is_refused()
        {
            var org = new SalesOrg().WithDiscountAuthority();

            var message = SalesOrg.Refusal(() => org.As(org.Max).Create(NewDeal(org, 40m, Status.Approved, owner: org.Riley)));

            StringAssert.Contains(message, "your authority covers up to 25%");
        }

        private static Entity NewDeal(SalesOrg org, decimal discountPercent, int? status = null, CrmIndependence.Emulator.Identity.User? owner = null)
        {
            var deal = new Entity(Opportunity.EntityName)
            {
                [Opportunity.PrimaryName] = "Wingtip rollout",
                [Opportunity.EstimatedValue] = new Money(40_000m),
                [Opportunity.DiscountPercentage] = discountPercent,
            };
            if (status.HasValue)
            {
                deal[Opportunity.ApprovalStatus] = new OptionSetValue(status.Value);
            }

            if (owner != null)
            {
                deal[Opportunity.OwnerId] = owner.ToEntityReference();
            }

            return deal;
        }
    }
}
