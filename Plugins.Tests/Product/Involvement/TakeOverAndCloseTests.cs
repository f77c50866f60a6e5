using System.Linq;
using CrmIndependence.Plugins.Involvement.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Involvement
{
    /// <summary>A manager assigning a rep's deal to themselves, or winning or losing it, records a signal about the rep.</summary>
    [TestClass]
    public sealed class TakeOverAndCloseTests
    {
        [TestMethod]
        public void Max_assigning_Rileys_deal_to_himself_records_a_take_over()
        {
            var org = new SalesOrg();

            org.AssignToSelf(org.Max, org.RileysDeal);

            var signal = org.SignalsOf(SignalKind.ManagerTookOverDeal).Single();
            Assert.AreEqual(org.Riley.Id, DealWork.RepOf(signal), "the take-over is about the rep who owned the deal before");
            Assert.AreEqual(org.Max.Id, DealWork.ManagerOf(signal));
            Assert.AreEqual(1, org.Signals().Length, "an assign is not also an edit");
        }

        [TestMethod]
        public void Max_assigning_Rileys_deal_to_Sam_is_not_a_take_over()
        {
            var org = new SalesOrg();

            org.As(org.Max).Execute(new Microsoft.Crm.Sdk.Messages.AssignRequest
            {
                Target = new EntityReference(Opportunity.EntityName, org.RileysDeal),
                Assignee = org.Sam.ToEntityReference(),
            });

            Assert.AreEqual(0, org.Signals().Length);
        }

        [TestMethod]
        public void Max_winning_Rileys_deal_records_a_manager_close()
        {
            var org = new SalesOrg();

            org.Win(org.Max, org.RileysDeal);

            var signal = org.SignalsOf(SignalKind.ManagerClosedDeal).Single();
            Assert.AreEqual(org.Riley.Id, DealWork.RepOf(signal));
            Assert.AreEqual(org.Max.Id, DealWork.ManagerOf(signal));
            StringAssert.Contains(signal.GetAttributeValue<string>(DependencySignal.Details), "as won");
            Assert.AreEqual(1, org.Signals().Length, "closing is not also an edit of key fields");
        }

        [TestMethod]
        public void Max_losing_Rileys_deal_records_a_manager_close()
        {
            var org = new SalesOrg();

            org.Lose(org.Max, org.RileysDeal);

            var signal = org.SignalsOf(SignalKind.ManagerClosedDeal).Single();
            StringAssert.Contains(signal.GetAttributeValue<string>(DependencySignal.Details), "as lost");
        }

        [TestMethod]
        public void Riley_winning_her_own_deal_records_nothing()
        {
            var org = new SalesOrg();

            org.Win(org.Riley, org.RileysDeal);

            Assert.AreEqual(0, org.Signals().Length);
            var run = org.Org.LastOperation!.RunsOf<DetectManagerClose>().Single();
            Assert.AreEqual(org.Riley.Id, run.InitiatingUserId);
            Assert.AreEqual(1, run.ServiceCalls, "one Retrieve of the deal; no chain query for the owner's own action");
        }

        [TestMethod]
        public void The_close_is_attributed_to_the_initiating_user_not_the_user_the_step_runs_as()
        {
            var org = new SalesOrg();

            org.Win(org.Max, org.RileysDeal);

            var run = org.Org.LastOperation!.RunsOf<DetectManagerClose>().Single();
            Assert.AreEqual(org.Max.Id, run.InitiatingUserId);
            Assert.IsTrue(run.IsAsynchronous);
            Assert.AreEqual(0, run.AllColumnsReads.Count);
        }
    }
}
