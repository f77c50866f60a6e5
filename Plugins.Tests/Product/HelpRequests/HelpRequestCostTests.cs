using System;
using System.Linq;
using CrmIndependence.Plugins.HelpRequests.Steps;
using CrmIndependence.Plugins.Schema;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.HelpRequests
{
    /// <summary>What the rep's and the manager's saves pay: the synchronous steps stay within two service calls; the rest runs after the save.</summary>
    [TestClass]
    public sealed class HelpRequestCostTests
    {
        [TestMethod]
        public void Filing_a_request_about_a_decision_costs_the_rep_one_service_call_once_the_caches_are_warm()
        {
            var org = new SalesOrg();
            org.Org.Options.AsyncMode = CrmIndependence.Emulator.AsyncMode.Manual;
            org.GrantDiscountAuthority(org.Riley, 10m);
            org.File(org.Riley, Discount(7m));

            org.File(org.Riley, Discount(5m));

            var intake = org.Org.LastOperation!.RunsOf<AssessHelpRequest>().Single();
            Assert.AreEqual(1, intake.ServiceCalls, "One query for the owner's manager, teams and roles.");
            Assert.AreEqual(0, org.Org.LastOperation.AllColumnsReads.Count);
            Assert.IsTrue(org.Org.LastOperation.StepsRan.Where(run => !run.IsAsynchronous).All(run => run.ServiceCalls <= 2));
        }

        [TestMethod]
        public void Answering_costs_the_manager_no_service_call_once_the_policy_is_cached()
        {
            var org = new SalesOrg();
            org.Org.Options.AsyncMode = CrmIndependence.Emulator.AsyncMode.Manual;
            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            org.Clock.Advance(TimeSpan.FromMinutes(10));

            org.Answer(org.Max, id, "Go with the pilot extension.");

            Assert.AreEqual(0, org.Org.LastOperation!.RunsOf<MeasureResponse>().Single().ServiceCalls);
            Assert.AreEqual(0, org.SignalsOf(DependencySignal.KindOption.FastResponse).Length, "The signal waits for the asynchronous step.");
            org.Org.RunAsyncSteps();
            Assert.AreEqual(1, org.SignalsOf(DependencySignal.KindOption.FastResponse).Length);
        }

        [TestMethod]
        public void Editing_a_request_without_touching_the_response_runs_no_response_step()
        {
            var org = new SalesOrg();
            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));

            org.As(org.Riley).Update(new Entity(HelpRequest.EntityName, id) { [HelpRequest.Problem] = "Pricing for Contoso, 200 seats" });

            Assert.IsFalse(org.Org.LastOperation!.RunsOf<MeasureResponse>().Any());
            Assert.IsFalse(org.Org.LastOperation.RunsOf<RecordHelpRequestSignals>().Any());
        }

        private static Entity Discount(decimal percent)
        {
            var request = HelpRequestDesk.NonUrgent($"May I give {percent}%?");
            request[HelpRequest.DecisionType] = new OptionSetValue(HelpRequest.DecisionTypeOption.DiscountPercent);
            request[HelpRequest.DecisionValue] = percent;
            return request;
        }
    }
}
