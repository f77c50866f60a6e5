using System;
using System.Linq;
using System.ServiceModel;
using CrmIndependence.Emulator.Recording;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Involvement.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Plugins.Tests.Product.Involvement
{
    /// <summary>
    /// Counting an activity on a deal is exactly-once per activity, for the rep and for a manager: a retried or re-run
    /// CountDealActivity job finds the activity among the deal's recently counted ones and counts nothing.
    /// </summary>
    [TestClass]
    public sealed class ExactlyOnceCountingTests
    {
        [TestMethod]
        public void Replaying_the_count_of_a_reps_call_leaves_the_reps_count_at_one()
        {
            var org = new SalesOrg();
            org.LogActivity(org.Riley, org.RileysDeal, PhoneCall.EntityName);
            var run = org.Org.LastOperation!.RunsOf<CountDealActivity>().Single();

            var trace = PluginHarness.Replay(org, run);

            Assert.AreEqual(1, org.RepCount(org.RileysDeal));
            Assert.AreEqual(0, org.ManagerCount(org.RileysDeal));
            StringAssert.Contains(string.Join("\n", trace), "already counted");
        }

        [TestMethod]
        public void Replaying_the_count_of_a_managers_call_leaves_the_managers_count_at_one_with_one_signal()
        {
            var org = new SalesOrg();
            org.LogActivity(org.Max, org.RileysDeal, PhoneCall.EntityName);
            var run = org.Org.LastOperation!.RunsOf<CountDealActivity>().Single();

            var trace = PluginHarness.Replay(org, run);

            Assert.AreEqual(1, org.ManagerCount(org.RileysDeal));
            Assert.AreEqual(0, org.RepCount(org.RileysDeal));
            Assert.AreEqual(1, org.SignalsOf(SignalKind.ManagerActivityOnDeal).Length);
            StringAssert.Contains(string.Join("\n", trace), "already counted");
        }

        [TestMethod]
        public void Replaying_every_count_of_a_deal_changes_no_counter_and_records_no_second_take_over()
        {
            var org = new SalesOrg();
            var runs = new[] { CountingOf(org, org.LogActivity(org.Riley, org.RileysDeal)) }.ToList();
            for (var call = 1; call <= 4; call++)
            {
                runs.Add(CountingOf(org, org.LogActivity(org.Max, org.RileysDeal, PhoneCall.EntityName)));
            }

            Assert.AreEqual(1, org.SignalsOf(SignalKind.DealTakeOverByShare).Length, "4 manager activities against 1: taken over");

            foreach (var run in runs)
            {
                PluginHarness.Replay(org, run);
            }

            Assert.AreEqual(1, org.RepCount(org.RileysDeal));
            Assert.AreEqual(4, org.ManagerCount(org.RileysDeal));
            Assert.AreEqual(4, org.SignalsOf(SignalKind.ManagerActivityOnDeal).Length);
            Assert.AreEqual(1, org.SignalsOf(SignalKind.DealTakeOverByShare).Length);
        }

        [TestMethod]
        public void A_managers_run_that_failed_after_recording_the_signal_is_counted_by_its_retry()
        {
            var org = new SalesOrg();
            var context = MaxsUncountedTask(org);

            // The first run records the signal, then the counter update fails (a timeout, a lost connection).
            Assert.ThrowsExactly<InvalidPluginExecutionException>(() => PluginHarness.Execute(org, typeof(CountDealActivity), context, service => new InterceptingService(service)
            {
                BeforeExecute = request =>
                {
                    if (request is UpdateRequest { Target.LogicalName: Opportunity.EntityName })
                    {
                        throw new FaultException<OrganizationServiceFault>(new OrganizationServiceFault { ErrorCode = unchecked((int)0x80040216), Message = "Generic SQL error." }, "Generic SQL error.");
                    }
                },
            }));
            Assert.AreEqual(1, org.SignalsOf(SignalKind.ManagerActivityOnDeal).Length, "the signal was saved before the failure");
            Assert.AreEqual(0, org.ManagerCount(org.RileysDeal), "the counter was not");

            var trace = PluginHarness.Execute(org, typeof(CountDealActivity), context);

            Assert.AreEqual(1, org.ManagerCount(org.RileysDeal), "the retry counts the activity the failed run did not");
            Assert.AreEqual(1, org.SignalsOf(SignalKind.ManagerActivityOnDeal).Length, "and records no second signal");
            StringAssert.Contains(string.Join("\n", trace), "already recorded");
        }

        [TestMethod]
        public void A_run_that_reached_the_take_over_and_failed_before_its_counter_update_keeps_the_signal_and_its_retry_counts_once()
        {
            var org = new SalesOrg();
            org.LogActivity(org.Riley, org.RileysDeal);
            for (var call = 1; call <= 3; call++)
            {
                org.LogActivity(org.Max, org.RileysDeal, PhoneCall.EntityName);
            }

            var context = MaxsUncountedTask(org);

            // The fourth manager activity passes the owner's share; the counter update after it fails.
            Assert.ThrowsExactly<InvalidPluginExecutionException>(() => PluginHarness.Execute(org, typeof(CountDealActivity), context, service => new InterceptingService(service)
            {
                BeforeExecute = request =>
                {
                    if (request is UpdateRequest { Target.LogicalName: Opportunity.EntityName })
                    {
                        throw new FaultException<OrganizationServiceFault>(new OrganizationServiceFault { ErrorCode = unchecked((int)0x80040216), Message = "Generic SQL error." }, "Generic SQL error.");
                    }
                },
            }));
            Assert.AreEqual(1, org.SignalsOf(SignalKind.DealTakeOverByShare).Length, "the take-over was recorded before the failed update");
            Assert.AreEqual(3, org.ManagerCount(org.RileysDeal));

            PluginHarness.Execute(org, typeof(CountDealActivity), context);

            Assert.AreEqual(4, org.ManagerCount(org.RileysDeal), "the retry counts the activity");
            Assert.AreEqual(1, org.SignalsOf(SignalKind.DealTakeOverByShare).Length, "and the take-over stays recorded once");
            Assert.IsTrue(org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<bool>(Opportunity.TakeoverSignalled), "the deal is flagged");
        }

        [TestMethod]
        public void Two_runs_of_the_same_activity_at_the_same_time_count_it_once()
        {
            var org = new SalesOrg();
            var context = RileysUncountedCall(org);
            var interleaved = false;

            var trace = PluginHarness.Execute(org, typeof(CountDealActivity), context, service => new InterceptingService(service)
            {
                AfterRetrieve = (table, id) =>
                {
                    if (table == Opportunity.EntityName && !interleaved)
                    {
                        interleaved = true;
                        PluginHarness.Execute(org, typeof(CountDealActivity), context); // the platform runs the same job again meanwhile
                    }
                },
            });

            var text = string.Join("\n", trace);
            StringAssert.Contains(text, "lost a race");
            StringAssert.Contains(text, "already counted");
            Assert.AreEqual(1, org.RepCount(org.RileysDeal));
        }

        [TestMethod]
        public void A_retry_after_19_other_activities_on_the_deal_still_counts_nothing()
        {
            var org = new SalesOrg();
            org.LogActivity(org.Riley, org.RileysDeal, PhoneCall.EntityName);
            var run = org.Org.LastOperation!.RunsOf<CountDealActivity>().Single();
            LogOthers(org, RecentlyCounted.Size - 1);

            PluginHarness.Replay(org, run);

            Assert.AreEqual(RecentlyCounted.Size, org.RepCount(org.RileysDeal), "the call and 19 others, each once");
        }

        [TestMethod]
        public void A_retry_after_more_than_20_other_activities_on_the_deal_counts_again_the_documented_limit()
        {
            var org = new SalesOrg();
            org.LogActivity(org.Riley, org.RileysDeal, PhoneCall.EntityName);
            var run = org.Org.LastOperation!.RunsOf<CountDealActivity>().Single();
            LogOthers(org, RecentlyCounted.Size);

            PluginHarness.Replay(org, run);

            Assert.AreEqual(1 + RecentlyCounted.Size + 1, org.RepCount(org.RileysDeal), "the window keeps the last 20 ids: the call's retry is counted again");
        }

        [TestMethod]
        public void The_deal_keeps_the_ids_of_the_last_20_activities_counted_newest_first()
        {
            var org = new SalesOrg();
            var activities = Enumerable.Range(0, RecentlyCounted.Size + 5).Select(_ => org.LogActivity(org.Riley, org.RileysDeal)).ToArray();

            var stored = org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<string>(Opportunity.CountedActivities);

            Assert.AreEqual(string.Join(" ", activities.Reverse().Take(RecentlyCounted.Size).Select(id => id.ToString("N"))), stored);
            Assert.AreEqual(RecentlyCounted.MaximumTextLength, stored.Length);
        }

        [TestMethod]
        public void An_activity_by_someone_outside_the_chain_is_not_added_to_the_window()
        {
            var org = new SalesOrg();

            org.LogActivity(org.Olive, org.RileysDeal);

            Assert.IsNull(org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<string>(Opportunity.CountedActivities));
        }

        [TestMethod]
        public void An_unreadable_window_is_traced_and_the_activity_still_counted()
        {
            var org = new SalesOrg();
            org.Org.SeedUpdate(new Entity(Opportunity.EntityName, org.RileysDeal) { [Opportunity.RepActivityCount] = 3, [Opportunity.CountedActivities] = "edited by hand" });

            var activity = org.LogActivity(org.Riley, org.RileysDeal);

            var run = org.Org.LastOperation!.RunsOf<CountDealActivity>().Single();
            StringAssert.Contains(string.Join("\n", run.Trace), "could not be read");
            Assert.AreEqual(4, org.RepCount(org.RileysDeal));
            Assert.AreEqual(activity.ToString("N"), org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<string>(Opportunity.CountedActivities));
        }

        [TestMethod]
        public void Counting_costs_what_it_did_before_the_window_and_a_retry_costs_one_read()
        {
            var org = new SalesOrg();
            org.Edit(org.Director, org.RileysDeal, Opportunity.CloseProbability); // warms the policy cache, as in a live org

            var rep = CountingOf(org, org.LogActivity(org.Riley, org.RileysDeal));
            var manager = CountingOf(org, org.LogActivity(org.Max, org.RileysDeal));
            var calls = 0;
            PluginHarness.Replay(org, manager, service => new InterceptingService(service)
            {
                AfterRetrieve = (table, id) => calls++,
                BeforeRetrieveMultiple = query => calls++,
                BeforeCreate = row => calls++,
                BeforeExecute = request => calls++,
            });

            Assert.AreEqual("Retrieve 1 Update 1", Describe(rep), "a rep's activity: read the deal, update counters and window");
            Assert.AreEqual("Retrieve 1 RetrieveMultiple 1 Update 1 Upsert 1", Describe(manager), "a manager's: and the chain, and the signal");
            Assert.AreEqual(1, calls, "a retry reads the deal and stops");
        }

        /// <summary>
        /// The count of <paramref name="activityId"/> in the last operation (the coaching session a manager's activity may
        /// open puts an appointment on the calendar, whose Create is counted, as not regarding a deal, in the same operation).
        /// </summary>
        private static StepRun CountingOf(SalesOrg org, Guid activityId) =>
            org.Org.LastOperation!.RunsOf<CountDealActivity>().Single(run => run.Context.PrimaryEntityId == activityId);

        /// <summary>A task by Max on Riley's deal, stored without running any step, and the context its asynchronous step would get.</summary>
        private static HandMadeContext MaxsUncountedTask(SalesOrg org) => Uncounted(org, org.Max, TaskActivity.EntityName);

        /// <summary>A phone call by Riley on her deal, stored without running any step, and the context its asynchronous step would get.</summary>
        private static HandMadeContext RileysUncountedCall(SalesOrg org) => Uncounted(org, org.Riley, PhoneCall.EntityName);

        /// <summary>Activities on Riley's deal by Riley, each counted by its own step.</summary>
        private static void LogOthers(SalesOrg org, int count)
        {
            for (var index = 0; index < count; index++)
            {
                org.LogActivity(org.Riley, org.RileysDeal, Email.EntityName);
            }
        }

        private static string Describe(CrmIndependence.Emulator.Recording.StepRun run) =>
            string.Join(" ", run.ServiceCallsByMessage.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}"));

        private static HandMadeContext Uncounted(SalesOrg org, CrmIndependence.Emulator.Identity.User author, string table)
        {
            var activity = new Entity(table)
            {
                [ActivityPointer.Subject] = $"{author.FullName}: call the customer",
                [ActivityPointer.RegardingObjectId] = new EntityReference(Opportunity.EntityName, org.RileysDeal),
                [ActivityPointer.OwnerId] = author.ToEntityReference(),
            };
            activity.Id = org.Org.Seed(activity, author);
            return HandMadeContext.AsyncCreate(org, activity, author.Id);
        }
    }
}
