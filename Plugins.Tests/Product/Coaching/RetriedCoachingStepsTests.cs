using System.Linq;
using CrmIndependence.Plugins.Coaching.Steps;
using CrmIndependence.Plugins.HelpRequests.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Product.Coaching
{
    /// <summary>Dataverse retries asynchronous steps: running one twice must not open a second session, add a topic twice, or count a signal twice.</summary>
    [TestClass]
    public sealed class RetriedCoachingStepsTests
    {
        [TestMethod]
        public void Parking_the_third_request_again_keeps_one_session_with_three_topics()
        {
            var org = new SalesOrg();
            org.Org.Options.AsyncMode = CrmIndependence.Emulator.AsyncMode.Manual;
            org.File(org.Riley, HelpRequestDesk.NonUrgent("Question 1"));
            org.File(org.Riley, HelpRequestDesk.NonUrgent("Question 2"));
            org.File(org.Riley, HelpRequestDesk.NonUrgent("Question 3"));
            var parking = org.Org.RunAsyncSteps().RunsOf<ParkHelpRequest>().Last();

            PluginHarness.Replay(org, parking);

            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(3, org.TopicsOf(session.Id).Length);
        }

        [TestMethod]
        public void Following_a_skip_again_keeps_one_next_session_and_one_signal()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            org.Org.Options.AsyncMode = CrmIndependence.Emulator.AsyncMode.Manual;
            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Skipped, "Forecast call", org.Org.Now.AddDays(3));
            var follow = org.Org.RunAsyncSteps().RunsOf<FollowSessionChange>().Single();

            PluginHarness.Replay(org, follow);

            var next = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(1, org.TopicsOf(next.Id).Length);
            Assert.AreEqual(1, org.SignalsOf(DependencySignal.KindOption.CoachingSkipped).Length);
        }

        [TestMethod]
        public void Recording_an_unnecessary_escalation_again_counts_it_once()
        {
            var org = new SalesOrg();
            org.Org.Options.AsyncMode = CrmIndependence.Emulator.AsyncMode.Manual;
            org.GrantDiscountAuthority(org.Riley, 10m);
            var request = HelpRequestDesk.NonUrgent("May I give 5%?");
            request[HelpRequest.DecisionType] = new Microsoft.Xrm.Sdk.OptionSetValue(HelpRequest.DecisionTypeOption.DiscountPercent);
            request[HelpRequest.DecisionValue] = 5m;
            org.File(org.Riley, request);
            var recording = org.Org.RunAsyncSteps().RunsOf<RecordHelpRequestSignals>().Single();

            PluginHarness.Replay(org, recording);

            Assert.AreEqual(1, org.SignalsOf(DependencySignal.KindOption.UnnecessaryEscalation).Length);
        }
    }
}
