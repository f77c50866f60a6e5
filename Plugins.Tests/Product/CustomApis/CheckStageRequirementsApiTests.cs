using System;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.StageGates.Platform;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.CustomApis
{
    /// <summary>
    /// cri_CheckStageRequirements called as a caller calls it, on the emulator. The plugin and the "Check stage
    /// requirements" workflow activity share StageRequirementCheck.
    /// </summary>
    [TestClass]
    public sealed class CheckStageRequirementsApiTests
    {
        [TestMethod]
        public void Lists_every_missing_item_of_every_stage_passed_one_per_line()
        {
            var org = new SalesOrg().WithStandardRequirements();

            var response = org.As(org.Riley).Execute(Request(org.RileysDeal, Opportunity.SalesStageOption.Propose));

            Assert.IsFalse((bool)response.Results["Passes"]);
            Assert.AreEqual(StageGateSetup.DecisionMaker + "\n" + StageGateSetup.TwoCalls, response.Results["MissingItems"]);
            org.Org.RunAsyncSteps();
            Assert.AreEqual(0, org.StageGateSignals().Length, "a failed check is not a refused move: no stage-gate signal");
            Assert.AreEqual(Opportunity.SalesStageOption.Qualify, org.StageOf(org.RileysDeal));
        }

        [TestMethod]
        public void Passes_when_the_criteria_are_met_and_moves_nothing()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.GiveDecisionMaker(org.RileysDeal);
            org.LogCompletedCalls(org.RileysDeal, org.Riley, 2);

            var response = org.As(org.Riley).Execute(Request(org.RileysDeal, Opportunity.SalesStageOption.Propose));

            Assert.IsTrue((bool)response.Results["Passes"]);
            Assert.AreEqual(string.Empty, response.Results["MissingItems"]);
            Assert.AreEqual(Opportunity.SalesStageOption.Qualify, org.StageOf(org.RileysDeal), "a check never moves the deal");
            Assert.AreEqual(0, org.StageGateSignals().Length, "a check records no signal");
        }

        [TestMethod]
        public void Counts_only_the_stages_between_the_current_one_and_the_target()
        {
            var org = new SalesOrg().WithStandardRequirements();

            var response = org.As(org.Riley).Execute(Request(org.RileysDeal, Opportunity.SalesStageOption.Develop));

            Assert.AreEqual(StageGateSetup.DecisionMaker, response.Results["MissingItems"]);
        }

        [TestMethod]
        public void Moving_back_or_staying_always_passes()
        {
            var org = new SalesOrg().WithStandardRequirements();

            var response = org.As(org.Riley).Execute(Request(org.RileysDeal, Opportunity.SalesStageOption.Qualify));

            Assert.IsTrue((bool)response.Results["Passes"]);
        }

        [TestMethod]
        [DataRow(7)]
        [DataRow(-1)]
        public void An_unknown_stage_is_refused_with_a_clear_error(int stage)
        {
            var org = new SalesOrg().WithStandardRequirements();

            var message = SalesOrg.Refusal(() => org.As(org.Riley).Execute(Request(org.RileysDeal, stage)));

            StringAssert.Contains(message, $"The target stage {stage} is not a sales stage the suite knows");
            StringAssert.Contains(message, "Qualify (0), Develop (1), Propose (2), Close (3)");
        }

        [TestMethod]
        public void A_deleted_opportunity_is_refused_with_a_clear_error()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Org.AsSystem.Delete(Opportunity.EntityName, org.SamsDeal);

            var message = SalesOrg.Refusal(() => org.As(org.Max).Execute(Request(org.SamsDeal, Opportunity.SalesStageOption.Develop)));

            StringAssert.Contains(message, $"The opportunity {org.SamsDeal} does not exist (it may have been deleted)");
        }

        [TestMethod]
        public void A_missing_opportunity_or_stage_is_refused()
        {
            var org = new SalesOrg();

            var noDeal = SalesOrg.Refusal(() => org.As(org.Riley).Execute(new OrganizationRequest("cri_CheckStageRequirements") { ["TargetStage"] = 1 }));
            var noStage = SalesOrg.Refusal(() => org.As(org.Riley).Execute(new OrganizationRequest("cri_CheckStageRequirements")
            {
                ["OpportunityId"] = new EntityReference(Opportunity.EntityName, org.RileysDeal),
            }));

            StringAssert.Contains(noDeal, "OpportunityId must reference an opportunity");
            StringAssert.Contains(noStage, "Give the target stage");
        }

        [TestMethod]
        public void The_check_the_workflow_activity_uses_gives_the_same_answer_as_the_api()
        {
            var org = new SalesOrg().WithStandardRequirements();

            var shared = StageRequirementCheck.Check(org.As(org.Riley), new EntityReference(Opportunity.EntityName, org.RileysDeal), Opportunity.SalesStageOption.Close);
            var api = org.As(org.Riley).Execute(Request(org.RileysDeal, Opportunity.SalesStageOption.Close));

            Assert.AreEqual(shared.Passes, api.Results["Passes"]);
            Assert.AreEqual(shared.MissingItemsText, api.Results["MissingItems"]);
        }

        private static OrganizationRequest Request(Guid deal, int stage) =>
            new OrganizationRequest("cri_CheckStageRequirements")
            {
                ["OpportunityId"] = new EntityReference(Opportunity.EntityName, deal),
                ["TargetStage"] = stage,
            };
    }
}
