using System;
using System.Linq;
using CrmIndependence.Plugins.DecisionAuthority.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Status = CrmIndependence.Plugins.Schema.Opportunity.ApprovalStatusOption;
using Table = CrmIndependence.Plugins.Schema.DecisionAuthorityTable;

namespace CrmIndependence.Plugins.Tests.Product.DecisionAuthority
{
    [TestClass]
    public sealed class DecisionAuthorityTests
    {
        [TestMethod]
        [DataRow(false)]
        [DataRow(true)]
        public void A_discount_within_the_reps_authority_needs_nothing(bool enforce)
        {
            var org = new SalesOrg().WithDiscountAuthority();
            if (enforce)
            {
                org.Enforce();
            }

            org.SetDiscount(org.Riley, org.RileysDeal, 8m);
            org.Win(org.Riley, org.RileysDeal);

            Assert.AreNotEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
            Assert.AreEqual(Opportunity.StateCodeOption.Won, org.StateOf(org.RileysDeal));
            Assert.AreEqual(0, org.Signals().Length);
        }

        [TestMethod]
        public void Enforce_a_discount_beyond_authority_requires_approval_and_Win_is_refused_until_Max_approves()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.Enforce();

            org.SetDiscount(org.Riley, org.RileysDeal, 15m);
            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));

            var refusal = SalesOrg.Refusal(() => org.Win(org.Riley, org.RileysDeal));
            StringAssert.Contains(refusal, "needs approval for discount percentage 15%");
            Assert.AreEqual(Opportunity.StateCodeOption.Open, org.StateOf(org.RileysDeal));
            Assert.AreEqual(0, org.Org.Rows(OpportunityClose.EntityName).Count);

            org.Approve(org.Max, org.RileysDeal);
            Assert.AreEqual(Status.Approved, org.ApprovalOf(org.RileysDeal));
            Assert.AreEqual(org.Max.Id, org.ApproverOf(org.RileysDeal));

            org.Win(org.Riley, org.RileysDeal);
            Assert.AreEqual(Opportunity.StateCodeOption.Won, org.StateOf(org.RileysDeal));
        }

        [TestMethod]
        public void Observe_a_discount_beyond_authority_requires_approval_but_Win_goes_through_and_is_traced()
        {
            var org = new SalesOrg().WithDiscountAuthority();

            org.SetDiscount(org.Riley, org.RileysDeal, 15m);
            org.Win(org.Riley, org.RileysDeal);

            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
            Assert.AreEqual(Opportunity.StateCodeOption.Won, org.StateOf(org.RileysDeal));
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "enforce mode would refuse it");
        }

        [TestMethod]
        [DataRow(false)]
        [DataRow(true)]
        public void A_rep_cannot_approve_a_discount_beyond_their_authority(bool enforce)
        {
            var org = new SalesOrg().WithDiscountAuthority();
            if (enforce)
            {
                org.Enforce();
            }

            org.SetDiscount(org.Riley, org.RileysDeal, 15m);

            var refusal = SalesOrg.Refusal(() => org.Approve(org.Sam, org.RileysDeal));

            StringAssert.Contains(refusal, "You can't approve this deal");
            StringAssert.Contains(refusal, "up to 10%");
            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
            Assert.IsNull(org.ApproverOf(org.RileysDeal));
        }

        [TestMethod]
        public void The_owner_cannot_clear_a_required_approval_by_editing_the_status()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.SetDiscount(org.Riley, org.RileysDeal, 15m);

            org.As(org.Riley).Update(new Entity(Opportunity.EntityName, org.RileysDeal)
            {
                [Opportunity.ApprovalStatus] = new OptionSetValue(Status.NotRequired),
                [Opportunity.ApprovedById] = org.Riley.ToEntityReference(),
            });

            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
            Assert.IsNull(org.ApproverOf(org.RileysDeal));
        }

        [TestMethod]
        public void A_manager_changing_a_discount_within_the_reps_authority_records_an_override()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.SetDiscount(org.Riley, org.RileysDeal, 5m);

            org.SetDiscount(org.Max, org.RileysDeal, 8m);

            var signal = org.SignalsOf(DependencySignal.KindOption.ManagerOverrideWithinAuthority).Single();
            Assert.AreEqual(org.Riley.Id, signal.GetAttributeValue<EntityReference>(DependencySignal.RepId).Id);
            Assert.AreEqual(org.Max.Id, signal.GetAttributeValue<EntityReference>(DependencySignal.ManagerId).Id);
            StringAssert.Contains(signal.GetAttributeValue<string>(DependencySignal.Details), "discount percentage");
        }

        [TestMethod]
        public void A_manager_giving_a_discount_beyond_the_reps_authority_but_within_their_own_approves_it()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.Enforce();

            org.SetDiscount(org.Max, org.RileysDeal, 20m);

            Assert.AreEqual(Status.Approved, org.ApprovalOf(org.RileysDeal));
            Assert.AreEqual(org.Max.Id, org.ApproverOf(org.RileysDeal));
            Assert.AreEqual(0, org.SignalsOf(DependencySignal.KindOption.ManagerOverrideWithinAuthority).Length);
        }

        [TestMethod]
        public void A_peer_changing_the_discount_is_not_a_manager_override()
        {
            var org = new SalesOrg().WithDiscountAuthority();

            org.SetDiscount(org.Sam, org.RileysDeal, 8m);

            Assert.AreEqual(0, org.SignalsOf(DependencySignal.KindOption.ManagerOverrideWithinAuthority).Length);
        }

        [TestMethod]
        public void A_user_row_beats_a_team_row()
        {
            var org = new SalesOrg();
            var east = org.Org.Teams.Add("East", org.Riley);
            org.DiscountAuthority(Table.AppliesToOption.Team, 20m, team: east);
            org.DiscountAuthority(Table.AppliesToOption.User, 12m, user: org.Riley);

            org.SetDiscount(org.Riley, org.RileysDeal, 15m);

            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
        }

        [TestMethod]
        public void A_team_row_beats_a_role_row()
        {
            var org = new SalesOrg();
            var east = org.Org.Teams.Add("East", org.Riley);
            var reps = org.RoleHeldBy("Salesperson", org.Riley);
            org.DiscountAuthority(Table.AppliesToOption.SecurityRole, 5m, role: reps);
            org.DiscountAuthority(Table.AppliesToOption.Team, 20m, team: east);

            org.SetDiscount(org.Riley, org.RileysDeal, 15m);

            Assert.AreNotEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
        }

        [TestMethod]
        public void A_role_row_beats_an_everyone_row()
        {
            var org = new SalesOrg();
            var reps = org.RoleHeldBy("Salesperson", org.Riley);
            org.DiscountAuthority(Table.AppliesToOption.Everyone, 10m);
            org.DiscountAuthority(Table.AppliesToOption.SecurityRole, 5m, role: reps);

            org.SetDiscount(org.Riley, org.RileysDeal, 8m);

            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
        }

        [TestMethod]
        public void Rows_of_the_same_scope_resolve_to_the_higher_limit()
        {
            var org = new SalesOrg();
            org.DiscountAuthority(Table.AppliesToOption.Everyone, 10m);
            org.DiscountAuthority(Table.AppliesToOption.Everyone, 18m);

            org.SetDiscount(org.Riley, org.RileysDeal, 15m);

            Assert.AreNotEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
        }

        [TestMethod]
        public void A_bad_row_is_traced_and_ignored()
        {
            var org = new SalesOrg();
            org.DiscountAuthority(Table.AppliesToOption.Everyone, -5m, name: "Broken discount row", imported: true);
            org.Enforce();

            org.SetDiscount(org.Riley, org.RileysDeal, 40m);
            org.Win(org.Riley, org.RileysDeal);

            Assert.AreEqual(Opportunity.StateCodeOption.Won, org.StateOf(org.RileysDeal));
            var trace = string.Join("\n", org.Org.LastOperation!.Trace);
            StringAssert.Contains(trace, "Broken discount row");
            StringAssert.Contains(trace, "negative");
        }

        [TestMethod]
        public void The_authority_step_makes_no_service_call_in_the_common_case_and_at_most_two_otherwise()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.SetDiscount(org.Sam, org.SamsDeal, 3m);
            org.SetDiscount(org.Max, org.SamsDeal, 4m); // warms the matrix and policy caches (a cold cache adds one query each)

            org.SetDiscount(org.Riley, org.RileysDeal, 15m);
            var common = org.CallsOf<GovernDecisionAuthority>();

            org.SetDiscount(org.Max, org.RileysDeal, 8m);
            var managerOverride = org.CallsOf<GovernDecisionAuthority>();

            org.Win(org.Riley, org.RileysDeal);
            var win = org.CallsOf<RequireApprovalForWin>();

            Console.WriteLine($"GovernDecisionAuthority: rep change {common} call(s), manager override {managerOverride}; RequireApprovalForWin: {win}");
            Assert.AreEqual(0, common);
            Assert.AreEqual(1, managerOverride);
            Assert.AreEqual(1, win);
        }

        [TestMethod]
        public void With_team_role_and_column_rows_every_authority_step_stays_within_two_service_calls()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            var east = org.Org.Teams.Add("East", org.Riley);
            var reps = org.RoleHeldBy("Salesperson", org.Riley, org.Sam);
            org.DiscountAuthority(Table.AppliesToOption.Team, 12m, team: east);
            org.DiscountAuthority(Table.AppliesToOption.SecurityRole, 6m, role: reps);
            org.Org.AsSystem.Create(new Entity(Table.EntityName)
            {
                [Table.PrimaryName] = "Close probability",
                [Table.DecisionType] = new OptionSetValue(Table.DecisionTypeOption.Column),
                [Table.Column] = "closeprobability",
                [Table.AppliesTo] = new OptionSetValue(Table.AppliesToOption.Everyone),
                [Table.Limit] = 100m,
            });
            org.SetDiscount(org.Sam, org.SamsDeal, 3m);
            org.SetDiscount(org.Max, org.SamsDeal, 4m); // warms the matrix and policy caches

            org.SetDiscount(org.Riley, org.RileysDeal, 5m);
            var within = org.CallsOf<GovernDecisionAuthority>();

            org.SetDiscount(org.Max, org.RileysDeal, 8m);
            var managerOverride = org.CallsOf<GovernDecisionAuthority>();

            org.SetDiscount(org.Riley, org.RileysDeal, 15m);
            var beyond = org.CallsOf<GovernDecisionAuthority>();

            org.SetDiscount(org.Sam, org.SamsDeal, 9m);
            org.Approve(org.Max, org.SamsDeal);
            var approval = org.CallsOf<GovernDecisionAuthority>();

            org.Win(org.Riley, org.RileysDeal);
            var win = org.CallsOf<RequireApprovalForWin>();

            // One Retrieve of the column decision's value; one systemuser query for the owner's and the actor's
            // teams and roles that also brings the owner's manager chain (it was four calls: teams, roles and the
            // chain each had their own query).
            Console.WriteLine($"GovernDecisionAuthority (team, role and column rows; warm caches): rep within {within}, rep beyond {beyond}, manager override {managerOverride}, approval {approval}; RequireApprovalForWin with approval required: {win}");
            Assert.AreEqual(2, within);
            Assert.AreEqual(2, beyond);
            Assert.AreEqual(2, managerOverride);
            Assert.AreEqual(2, approval);
            Assert.AreEqual(2, win, "one Retrieve of the deal, one query for the owner's teams and roles");
            Assert.AreEqual(2, org.SignalsOf(DependencySignal.KindOption.ManagerOverrideWithinAuthority).Length, "Max's 4% on Sam's deal and 8% on Riley's");
            Assert.AreEqual(Status.Approved, org.ApprovalOf(org.SamsDeal));
            Assert.AreEqual(Status.Required, org.ApprovalOf(org.RileysDeal));
        }
    }
}
