using System;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Plugins.Involvement.Steps;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Involvement
{
    /// <summary>A retried step never counts twice, and concurrent activities on one deal never lose an increment.</summary>
    [TestClass]
    public sealed class RetriesAndRacesTests
    {
        [TestMethod]
        public void Running_the_edit_step_twice_records_one_signal()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            var run = org.Org.LastOperation!.RunsOf<DetectManagerDealChanges>().Single();

            var trace = PluginHarness.Replay(org, run);

            Assert.AreEqual(1, org.SignalsOf(SignalKind.ManagerEditedDeal).Length);
            StringAssert.Contains(string.Join("\n", trace), "already recorded");
        }

        [TestMethod]
        public void Running_the_activity_step_twice_counts_the_managers_activity_once()
        {
            var org = new SalesOrg();
            org.LogActivity(org.Max, org.RileysDeal);
            var run = org.Org.LastOperation!.RunsOf<CountDealActivity>().Single();

            PluginHarness.Replay(org, run);

            Assert.AreEqual(1, org.ManagerCount(org.RileysDeal));
            Assert.AreEqual(1, org.SignalsOf(SignalKind.ManagerActivityOnDeal).Length);
        }

        [TestMethod]
        public void Running_the_close_step_twice_records_one_signal()
        {
            var org = new SalesOrg();
            org.Win(org.Max, org.RileysDeal);
            var run = org.Org.LastOperation!.RunsOf<DetectManagerClose>().Single();

            PluginHarness.Replay(org, run);

            Assert.AreEqual(1, org.SignalsOf(SignalKind.ManagerClosedDeal).Length);
        }

        [TestMethod]
        public void Activities_queued_together_are_all_counted()
        {
            var org = new SalesOrg();
            org.Org.Options.AsyncMode = AsyncMode.Manual;
            org.LogActivity(org.Max, org.RileysDeal);
            org.LogActivity(org.Riley, org.RileysDeal, Email.EntityName);
            org.LogActivity(org.Max, org.RileysDeal, PhoneCall.EntityName);
            org.LogActivity(org.Riley, org.RileysDeal, Appointment.EntityName);
            Assert.AreEqual(0, org.ManagerCount(org.RileysDeal) + org.RepCount(org.RileysDeal), "nothing counted before the system jobs run");

            org.Org.RunAsyncSteps();

            Assert.AreEqual(2, org.RepCount(org.RileysDeal));
            Assert.AreEqual(2, org.ManagerCount(org.RileysDeal));
            Assert.AreEqual(0, org.Org.AsyncFailures.Count, org.AsyncFailureText());
        }

        [TestMethod]
        public void An_activity_counted_between_the_read_and_the_write_is_not_lost()
        {
            var org = new SalesOrg();
            var (context, _) = MaxsUncountedTask(org);
            var interleaved = false;

            var trace = PluginHarness.Execute(org, typeof(CountDealActivity), context, service => new InterceptingService(service)
            {
                AfterRetrieve = (table, id) =>
                {
                    if (table == Opportunity.EntityName && !interleaved)
                    {
                        interleaved = true;
                        org.LogActivity(org.Riley, org.RileysDeal, Email.EntityName); // its own step counts it now
                    }
                },
            });

            StringAssert.Contains(string.Join("\n", trace), "lost a race");
            Assert.AreEqual(1, org.RepCount(org.RileysDeal), "Riley's email, counted while Max's task was being counted");
            Assert.AreEqual(1, org.ManagerCount(org.RileysDeal), "Max's task, counted on the retry from a fresh read");
        }

        [TestMethod]
        public void A_deal_that_keeps_changing_fails_the_step_clearly_after_a_bounded_number_of_attempts()
        {
            var org = new SalesOrg();
            var (context, _) = MaxsUncountedTask(org);
            var interleavings = 0;

            var failure = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => PluginHarness.Execute(org, typeof(CountDealActivity), context, service => new InterceptingService(service)
            {
                AfterRetrieve = (table, id) =>
                {
                    interleavings++;
                    org.LogActivity(org.Riley, org.RileysDeal);
                },
            }));

            StringAssert.Contains(failure.Message, "Could not save the activity counters of opportunity");
            StringAssert.Contains(failure.Message, $"{ConcurrentWrites.MaximumAttempts} times in a row");
            Assert.AreEqual(ConcurrentWrites.MaximumAttempts, interleavings);
            Assert.AreEqual(ConcurrentWrites.MaximumAttempts, org.RepCount(org.RileysDeal), "every competing activity was counted");
        }

        /// <summary>A task by Max on Riley's deal, stored without running any step, and the context its asynchronous step would get.</summary>
        private static (HandMadeContext Context, Guid TaskId) MaxsUncountedTask(SalesOrg org)
        {
            var task = new Entity(TaskActivity.EntityName)
            {
                [ActivityPointer.Subject] = "Max: call the customer",
                [ActivityPointer.RegardingObjectId] = new EntityReference(Opportunity.EntityName, org.RileysDeal),
                [ActivityPointer.OwnerId] = org.Max.ToEntityReference(),
            };
            task.Id = org.Org.Seed(task, org.Max);
            return (HandMadeContext.AsyncCreate(org, task, org.Max.Id), task.Id);
        }
    }
}
