using System.Linq;
using CrmIndependence.Plugins.Involvement.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Involvement
{
    /// <summary>
    /// A manager moving the business process flow of a rep's deal with the stage bar: the same "manager edited deal"
    /// signal as changing the deal's sales stage, recorded from the flow's table.
    /// </summary>
    [TestClass]
    public sealed class FlowStageMoveInvolvementTests
    {
        [TestMethod]
        public void Max_moving_the_flow_of_Rileys_deal_records_a_manager_edit_of_the_process_stage()
        {
            var org = new SalesOrg();
            var flow = org.StartSalesProcess(org.RileysDeal);

            org.MoveFlowTo(org.Max, flow, SalesProcessFlow.Develop);

            var signal = org.SignalsOf(SignalKind.ManagerEditedDeal).Single();
            Assert.AreEqual(org.Riley.Id, DealWork.RepOf(signal));
            Assert.AreEqual(org.Max.Id, DealWork.ManagerOf(signal));
            Assert.AreEqual(org.RileysDeal, signal.GetAttributeValue<EntityReference>(DependencySignal.OpportunityId).Id);
            Assert.AreEqual("Max Manager (Riley Rep's manager) changed the process stage of \"Contoso expansion\".", signal.GetAttributeValue<string>(DependencySignal.Details));
            Assert.IsNotNull(org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<System.DateTime?>(Opportunity.LastManagerTouch), "the deal shows when a manager last touched it");
            Assert.AreEqual(string.Empty, org.AsyncFailureText());
        }

        [TestMethod]
        public void The_flow_move_counts_like_Max_changing_the_sales_stage()
        {
            var viaFlow = new SalesOrg();
            viaFlow.MoveFlowTo(viaFlow.Max, viaFlow.StartSalesProcess(viaFlow.RileysDeal), SalesProcessFlow.Develop);
            var viaSalesStage = new SalesOrg();
            viaSalesStage.Edit(viaSalesStage.Max, viaSalesStage.RileysDeal, Opportunity.SalesStage);

            Assert.HasCount(1, viaFlow.SignalsOf(SignalKind.ManagerEditedDeal));
            Assert.HasCount(1, viaSalesStage.SignalsOf(SignalKind.ManagerEditedDeal));
            Assert.AreEqual(
                viaSalesStage.Signals().Single().GetAttributeValue<object>(DependencySignal.Weight),
                viaFlow.Signals().Single().GetAttributeValue<object>(DependencySignal.Weight));
        }

        [TestMethod]
        public void Running_the_flow_step_twice_records_one_signal()
        {
            var org = new SalesOrg();
            org.MoveFlowTo(org.Max, org.StartSalesProcess(org.RileysDeal), SalesProcessFlow.Develop);
            var run = org.Org.LastOperation!.RunsOf<DetectManagerFlowStageMove>().Single();

            var trace = PluginHarness.Replay(org, run);

            Assert.AreEqual(1, org.SignalsOf(SignalKind.ManagerEditedDeal).Length);
            StringAssert.Contains(string.Join("\n", trace), "already recorded");
        }

        [TestMethod]
        public void Riley_moving_her_own_flow_records_nothing()
        {
            var org = new SalesOrg();
            var flow = org.StartSalesProcess(org.RileysDeal);

            org.MoveFlowTo(org.Riley, flow, SalesProcessFlow.Develop);

            Assert.AreEqual(0, org.Signals().Length);
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "The owner acted on their own deal.");
        }

        [TestMethod]
        public void Olive_outside_Rileys_chain_moving_the_flow_records_nothing()
        {
            var org = new SalesOrg();
            var flow = org.StartSalesProcess(org.RileysDeal);

            org.MoveFlowTo(org.Olive, flow, SalesProcessFlow.Develop);

            Assert.AreEqual(0, org.Signals().Length);
        }

        [TestMethod]
        public void Saving_the_flow_at_the_stage_it_is_at_records_nothing_and_reads_nothing()
        {
            var org = new SalesOrg();
            var flow = org.StartSalesProcess(org.RileysDeal);

            org.MoveFlowTo(org.Max, flow, SalesProcessFlow.Qualify);

            Assert.AreEqual(0, org.Signals().Length);
            Assert.AreEqual(0, org.CallsOf<DetectManagerFlowStageMove>());
        }

        [TestMethod]
        public void Max_moving_a_custom_flow_registered_as_the_README_says_is_the_same_signal()
        {
            var org = new SalesOrg();
            var flow = FlowStageMoveTests.CustomFlow.Arrange(org);

            org.MoveFlowTo(org.Max, flow.Instance, flow.Develop, FlowStageMoveTests.CustomFlow.Table);

            var signal = org.SignalsOf(SignalKind.ManagerEditedDeal).Single();
            Assert.AreEqual(org.Riley.Id, DealWork.RepOf(signal));
            StringAssert.Contains(signal.GetAttributeValue<string>(DependencySignal.Details), "process stage");
            Assert.AreEqual(string.Empty, org.AsyncFailureText());
        }
    }
}
