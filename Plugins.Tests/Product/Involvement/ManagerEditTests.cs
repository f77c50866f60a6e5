using System.Linq;
using CrmIndependence.Plugins.Involvement.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Involvement
{
    /// <summary>A manager in the owner's chain editing a key field of a rep's deal records "manager edited deal".</summary>
    [TestClass]
    public sealed class ManagerEditTests
    {
        [TestMethod]
        [DataRow(Opportunity.SalesStage, "sales stage")]
        [DataRow(Opportunity.EstimatedValue, "estimated revenue")]
        [DataRow(Opportunity.CloseProbability, "probability")]
        [DataRow(Opportunity.EstimatedCloseDate, "estimated close date")]
        [DataRow(Opportunity.DiscountPercentage, "discount (%)")]
        [DataRow(Opportunity.DiscountAmount, "discount amount")]
        public void Max_editing_a_key_field_of_Rileys_deal_records_a_manager_edit(string column, string label)
        {
            var org = new SalesOrg();

            org.Edit(org.Max, org.RileysDeal, column);

            var signal = org.SignalsOf(SignalKind.ManagerEditedDeal).Single();
            Assert.AreEqual(org.Riley.Id, DealWork.RepOf(signal));
            Assert.AreEqual(org.Max.Id, DealWork.ManagerOf(signal));
            Assert.AreEqual(org.RileysDeal, signal.GetAttributeValue<EntityReference>(DependencySignal.OpportunityId).Id);
            StringAssert.Contains(signal.GetAttributeValue<string>(DependencySignal.Details), label);
            Assert.IsNotNull(org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<System.DateTime?>(Opportunity.LastManagerTouch), "the deal shows when a manager last touched it");
            Assert.AreEqual(string.Empty, org.AsyncFailureText());
        }

        [TestMethod]
        public void The_details_name_the_manager_from_the_chain_the_plugin_read()
        {
            var org = new SalesOrg();

            org.Edit(org.Max, org.RileysDeal, Opportunity.EstimatedValue);
            org.Edit(org.Director, org.RileysDeal, Opportunity.CloseProbability);

            // The Target's modifiedby names nobody; the manager-chain query (fullname with the hierarchy columns, the
            // same one query) does: the coaching agenda quotes these details in the session with that manager.
            var details = org.SignalsOf(SignalKind.ManagerEditedDeal).Select(signal => signal.GetAttributeValue<string>(DependencySignal.Details)).ToList();
            CollectionAssert.Contains(details, "Max Manager (Riley Rep's manager) changed the estimated revenue of \"Contoso expansion\".", string.Join(" | ", details));
            Assert.IsTrue(details.Any(text => text.StartsWith("Dana Director (Riley Rep's manager's manager) changed the probability", System.StringComparison.Ordinal)), string.Join(" | ", details));
        }

        [TestMethod]
        public void Riley_editing_her_own_deal_records_nothing()
        {
            var org = new SalesOrg();

            org.Edit(org.Riley, org.RileysDeal, Opportunity.SalesStage);

            Assert.AreEqual(0, org.Signals().Length);
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "The owner acted on their own deal.");
        }

        [TestMethod]
        public void Dana_two_levels_up_is_counted_with_the_default_depth_of_two()
        {
            var org = new SalesOrg();

            org.Edit(org.Director, org.RileysDeal, Opportunity.EstimatedValue);

            var signal = org.SignalsOf(SignalKind.ManagerEditedDeal).Single();
            Assert.AreEqual(org.Director.Id, DealWork.ManagerOf(signal));
            StringAssert.Contains(signal.GetAttributeValue<string>(DependencySignal.Details), "manager's manager");
        }

        [TestMethod]
        public void Dana_is_not_counted_when_the_policy_looks_only_at_the_direct_manager()
        {
            var org = new SalesOrg("{\"managerChainDepth\":1}");

            org.Edit(org.Director, org.RileysDeal, Opportunity.EstimatedValue);

            Assert.AreEqual(0, org.Signals().Length);
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "configured depth of 1");
        }

        [TestMethod]
        public void Olive_who_is_not_in_Rileys_chain_records_nothing()
        {
            var org = new SalesOrg();

            org.Edit(org.Olive, org.RileysDeal, Opportunity.SalesStage);

            Assert.AreEqual(0, org.Signals().Length);
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "is not in the owner's manager chain");
        }

        [TestMethod]
        public void A_manager_editing_their_own_deal_records_nothing()
        {
            var org = new SalesOrg();
            var maxsDeal = org.Deal("Max's own account", org.Max);

            org.Edit(org.Max, maxsDeal, Opportunity.SalesStage);
            org.Edit(org.Director, maxsDeal, Opportunity.CloseProbability);

            Assert.AreEqual(1, org.Signals().Length, "only Dana, Max's manager, editing Max's deal counts");
            Assert.AreEqual(org.Max.Id, DealWork.RepOf(org.Signals().Single()));
        }

        [TestMethod]
        public void A_team_owned_deal_records_nothing()
        {
            var org = new SalesOrg();
            var team = org.Org.Teams.Add("Key accounts", org.Riley, org.Sam);
            var teamDeal = org.Org.Seed(new Entity(Opportunity.EntityName) { [Opportunity.PrimaryName] = "Shared pursuit", [Opportunity.OwnerId] = team.ToEntityReference() });

            org.Edit(org.Max, teamDeal, Opportunity.SalesStage);

            Assert.AreEqual(0, org.Signals().Length);
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "owned by a team");
        }

        [TestMethod]
        public void Sending_a_key_field_with_its_current_value_is_not_an_edit()
        {
            var org = new SalesOrg();

            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage, new OptionSetValue(Opportunity.SalesStageOption.Qualify));

            Assert.AreEqual(0, org.Signals().Length);
        }

        [TestMethod]
        [DataRow("observe")]
        [DataRow("enforce")]
        public void Involvement_is_recorded_and_never_blocks_in_either_mode(string mode)
        {
            var org = new SalesOrg("{\"mode\":\"" + mode + "\"}");

            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);

            Assert.AreEqual(Opportunity.SalesStageOption.Develop, org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<OptionSetValue>(Opportunity.SalesStage).Value);
            Assert.AreEqual(1, org.SignalsOf(SignalKind.ManagerEditedDeal).Length);
            Assert.IsTrue(org.Org.LastOperation!.RunsOf<DetectManagerDealChanges>().All(run => run.IsAsynchronous));
        }
    }
}
