using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Recording;
using CrmIndependence.Plugins.Involvement.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Scoring.Steps;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Involvement
{
    /// <summary>
    /// What the involvement and score steps cost, counted by the emulator: an update touching no watched column runs
    /// none of them, and an activity or an edit costs the same on a deal with 10 or 10,000 earlier activities.
    /// </summary>
    [TestClass]
    public sealed class InvolvementCostTests
    {
        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void An_update_that_touches_no_watched_column_runs_no_involvement_step()
        {
            var org = new SalesOrg();

            org.As(org.Max).Update(new Entity(Opportunity.EntityName, org.RileysDeal) { [Opportunity.Description] = "Notes from the call" });

            var operation = org.Org.LastOperation!;
            Assert.AreEqual(0, operation.RunsOf<DetectManagerDealChanges>().Count());
            Assert.AreEqual(0, operation.StepsRan.Count(run => run.PluginType.Namespace!.StartsWith("CrmIndependence.Plugins.Involvement", StringComparison.Ordinal)));
            TestContext.WriteLine($"Update of description: {operation.StepsRan.Count} plug-in execution(s) in all, {operation.TotalServiceCalls} service call(s).");
        }

        [TestMethod]
        public void Calls_per_activity_and_per_edit_are_the_same_with_10_and_10000_earlier_activities()
        {
            var small = Measure(10);
            var large = Measure(10_000);

            TestContext.WriteLine($"10 earlier activities:     {small}");
            TestContext.WriteLine($"10,000 earlier activities: {large}");
            Assert.AreEqual(small, large);
        }

        private string Measure(int earlierActivities)
        {
            var org = new SalesOrg();
            SeedEarlierActivities(org, earlierActivities);
            org.Edit(org.Director, org.RileysDeal, Opportunity.CloseProbability); // warms the policy cache, as in a live org

            org.LogActivity(org.Riley, org.RileysDeal);
            var repActivity = Calls(org.Org.LastOperation!);
            org.LogActivity(org.Max, org.RileysDeal);
            var managerActivity = Calls(org.Org.LastOperation!);
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            var edit = Calls(org.Org.LastOperation!);
            org.Edit(org.Riley, org.RileysDeal, Opportunity.EstimatedValue);
            var ownEdit = Calls(org.Org.LastOperation!);

            Assert.AreEqual(earlierActivities / 2 + 1, org.RepCount(org.RileysDeal));
            Assert.AreEqual(earlierActivities / 2 + 1, org.ManagerCount(org.RileysDeal));
            Assert.AreEqual(0, org.Org.AsyncFailures.Count, org.AsyncFailureText());
            return $"rep activity {repActivity}; manager activity {managerActivity}; manager edit {edit}; rep's own edit {ownEdit}";
        }

        /// <summary>Half by Riley, half by Max, stored directly, with the deal's counters set to match (the take-over already signalled).</summary>
        private static void SeedEarlierActivities(SalesOrg org, int count)
        {
            for (var index = 0; index < count; index++)
            {
                var author = index % 2 == 0 ? org.Riley : org.Max;
                org.Org.Seed(
                    new Entity(TaskActivity.EntityName)
                    {
                        [ActivityPointer.Subject] = $"Earlier task {index}",
                        [ActivityPointer.RegardingObjectId] = new EntityReference(Opportunity.EntityName, org.RileysDeal),
                        [ActivityPointer.OwnerId] = author.ToEntityReference(),
                    },
                    author);
            }

            org.Org.SeedUpdate(new Entity(Opportunity.EntityName, org.RileysDeal)
            {
                [Opportunity.RepActivityCount] = count / 2,
                [Opportunity.ManagerActivityCount] = count / 2,
                [Opportunity.TakeoverSignalled] = true,
            });
        }

        /// <summary>"CountDealActivity 3 (Retrieve 1, …), ApplySignalToWeeklyScore 2 (…)": the suite's involvement and score steps only.</summary>
        private static string Calls(OperationRecord operation)
        {
            var ours = new[] { typeof(DetectManagerDealChanges), typeof(DetectManagerClose), typeof(CountDealActivity), typeof(ApplySignalToWeeklyScore) };
            var parts = operation.StepsRan
                .Where(run => ours.Contains(run.PluginType))
                .Select(run => $"{run.PluginType.Name} {run.ServiceCalls} ({Describe(run.ServiceCallsByMessage)})");
            return string.Join(", ", parts);
        }

        private static string Describe(IReadOnlyDictionary<string, int> byMessage) =>
            string.Join(" ", byMessage.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}"));
    }
}
