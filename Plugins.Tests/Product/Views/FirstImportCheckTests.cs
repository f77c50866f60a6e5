using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// The install guide's (docs/INSTALL.md) "First import: check these once, in a sandbox", step by step on the emulator, with security and the
    /// manager hierarchy on as the install guide sets them: what each check should show in a real environment is what
    /// the emulator shows.
    /// </summary>
    [TestClass]
    public sealed class FirstImportCheckTests
    {
        [TestMethod]
        public void Check_1_winning_and_losing_as_the_manager_records_two_manager_closes_and_the_score_70()
        {
            var org = Sandbox();
            var second = org.Deal("Litware expansion", org.Riley);

            DealWork.Win(org, org.Max, org.RileysDeal);
            org.Lose(org.Max, second);

            org.NoAsyncFailures();
            var closes = org.SignalsOf(DependencySignal.KindOption.ManagerClosedDeal);
            Assert.AreEqual(2, closes.Length);
            org.AssertView(org.Max, "Dependency Signals on My Team This Week", closes.Select(s => s.Id));
            var week = org.RunView(org.Max, "My Team's Independence Scores This Week").Single();
            Assert.AreEqual(70, org.Read(IndependenceScore.EntityName, week).GetAttributeValue<int>(IndependenceScore.Score));
        }

        [TestMethod]
        public void Check_2_a_stage_move_without_its_criteria_is_refused_in_enforce_mode()
        {
            var org = Sandbox();
            org.ColumnHasValue(Opportunity.SalesStageOption.Qualify, Opportunity.ParentContactId, "The decision maker is identified");
            org.Enforce();

            var message = SalesOrg.Refusal(() => org.MoveTo(org.Riley, org.RileysDeal, Opportunity.SalesStageOption.Develop));

            StringAssert.Contains(message, "The decision maker is identified");
            Assert.AreEqual(Opportunity.SalesStageOption.Qualify, org.StageOf(org.RileysDeal));
        }

        [TestMethod]
        public void Check_3_taking_a_deal_over_records_the_take_over_and_lists_the_deal_for_the_manager()
        {
            var org = Sandbox();

            org.AssignToSelf(org.Max, org.RileysDeal);

            org.NoAsyncFailures();
            Assert.AreEqual(1, org.SignalsOf(DependencySignal.KindOption.ManagerTookOverDeal).Length);
            org.AssertView(org.Max, "Deals Where I Am Over-Involved", new[] { org.RileysDeal });
        }

        [TestMethod]
        public void Check_4_a_help_request_is_parked_ready_after_its_delay_and_completed_when_answered()
        {
            var org = Sandbox();

            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso").About(org.RileysDeal));

            Assert.AreEqual(org.Max.Id, org.Request(id).GetAttributeValue<EntityReference>(HelpRequest.ManagerAddressedId).Id);
            org.AssertView(org.Max, "Help Requests Parked for Coaching", new[] { id });
            org.AssertView(org.Max, "Help Requests Ready for My Response", Array.Empty<Guid>());
            org.Clock.Advance(TimeSpan.FromMinutes(61) + TimeSpan.FromSeconds(1));
            org.AssertView(org.Max, "Help Requests Ready for My Response", new[] { id });

            org.Answer(org.Max, id, "Extend the pilot.");

            org.NoAsyncFailures();
            Assert.AreEqual(HelpRequest.StateCodeOption.Completed, org.Request(id).GetAttributeValue<OptionSetValue>(HelpRequest.StateCode).Value);
            Assert.AreEqual(HelpRequest.StatusCodeOption.Answered, org.Request(id).GetAttributeValue<OptionSetValue>(HelpRequest.StatusCode).Value);
            org.AssertView(org.Max, "Help Requests Parked for Coaching", Array.Empty<Guid>());
            org.AssertView(org.Max, "Help Requests Ready for My Response", Array.Empty<Guid>());
        }

        /// <summary>Security on, the roles of the install guide, the manager hierarchy on with depth 2.</summary>
        private static SalesOrg Sandbox() => new(null, options =>
        {
            options.HierarchySecurity = true;
            options.HierarchyDepth = 2;
        });
    }
}
