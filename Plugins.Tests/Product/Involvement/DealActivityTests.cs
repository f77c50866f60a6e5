using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Involvement
{
    /// <summary>Activities on a deal are counted for the rep or the manager; a manager's is a signal, and managers out-working the rep is a take-over, once.</summary>
    [TestClass]
    public sealed class DealActivityTests
    {
        [TestMethod]
        [DataRow(Email.EntityName)]
        [DataRow(PhoneCall.EntityName)]
        [DataRow(TaskActivity.EntityName)]
        [DataRow(Appointment.EntityName)]
        public void Max_logging_an_activity_on_Rileys_deal_counts_for_the_manager_and_is_a_signal(string table)
        {
            var org = new SalesOrg();

            var activity = org.LogActivity(org.Max, org.RileysDeal, table);

            Assert.AreEqual(1, org.ManagerCount(org.RileysDeal));
            Assert.AreEqual(0, org.RepCount(org.RileysDeal));
            var signal = org.SignalsOf(SignalKind.ManagerActivityOnDeal).Single();
            Assert.AreEqual(org.Riley.Id, DealWork.RepOf(signal));
            Assert.AreEqual(activity.ToString("D"), signal.GetAttributeValue<string>(DependencySignal.RelatedActivity));
            Assert.IsNotNull(org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<System.DateTime?>(Opportunity.LastManagerTouch));
        }

        [TestMethod]
        public void Riley_logging_activities_on_her_deal_counts_for_the_rep_and_records_nothing()
        {
            var org = new SalesOrg();

            org.LogActivity(org.Riley, org.RileysDeal, Email.EntityName);
            org.LogActivity(org.Riley, org.RileysDeal, PhoneCall.EntityName);

            Assert.AreEqual(2, org.RepCount(org.RileysDeal));
            Assert.AreEqual(0, org.ManagerCount(org.RileysDeal));
            Assert.AreEqual(0, org.Signals().Length);
        }

        [TestMethod]
        public void Olive_logging_an_activity_on_Rileys_deal_is_not_counted()
        {
            var org = new SalesOrg();

            org.LogActivity(org.Olive, org.RileysDeal);

            Assert.AreEqual(0, org.RepCount(org.RileysDeal) + org.ManagerCount(org.RileysDeal));
            Assert.AreEqual(0, org.Signals().Length);
        }

        [TestMethod]
        public void An_activity_regarding_something_other_than_a_deal_costs_no_service_call()
        {
            var org = new SalesOrg();
            var account = org.Org.Rows("account").First().Id;

            org.As(org.Max).Create(new Entity(TaskActivity.EntityName) { [ActivityPointer.Subject] = "Call", [ActivityPointer.RegardingObjectId] = new EntityReference("account", account) });

            var run = org.Org.LastOperation!.RunsOf<CrmIndependence.Plugins.Involvement.Steps.CountDealActivity>().Single();
            Assert.AreEqual(0, run.ServiceCalls);
            Assert.AreEqual(0, org.Signals().Length);
        }

        [TestMethod]
        public void Managers_out_working_the_rep_records_a_take_over_by_share_exactly_once()
        {
            var org = new SalesOrg();
            org.LogActivity(org.Riley, org.RileysDeal);

            for (var call = 1; call <= 3; call++)
            {
                org.LogActivity(org.Max, org.RileysDeal, PhoneCall.EntityName);
            }

            Assert.AreEqual(0, org.SignalsOf(SignalKind.DealTakeOverByShare).Length, "3 manager activities: below the minimum of 4");

            org.LogActivity(org.Director, org.RileysDeal, Email.EntityName);
            org.LogActivity(org.Max, org.RileysDeal, TaskActivity.EntityName);
            org.LogActivity(org.Riley, org.RileysDeal);

            var takeOver = org.SignalsOf(SignalKind.DealTakeOverByShare).Single();
            Assert.AreEqual(org.Riley.Id, DealWork.RepOf(takeOver));
            Assert.AreEqual(org.Director.Id, DealWork.ManagerOf(takeOver), "Dana's activity was the fourth by a manager");
            Assert.IsTrue(org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<bool>(Opportunity.TakeoverSignalled));
            Assert.AreEqual(2, org.RepCount(org.RileysDeal));
            Assert.AreEqual(5, org.ManagerCount(org.RileysDeal));
            Assert.AreEqual(5, org.SignalsOf(SignalKind.ManagerActivityOnDeal).Length);
        }
    }
}
