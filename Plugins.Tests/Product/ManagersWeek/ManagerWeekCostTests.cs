using System;
using System.Linq;
using CrmIndependence.Emulator.Recording;
using CrmIndependence.Plugins.ManagersWeek.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Product.ManagersWeek
{
    /// <summary>
    /// What counting a signal on the manager's week costs, counted by the emulator (docs/SCORING.md, *The manager's
    /// mirror*): the manager's user record, the week's row by its key, the signal, one query of the earlier weeks the
    /// fast-response window reaches, and one write; the same with 3 or 20 earlier weeks.
    /// </summary>
    [TestClass]
    public sealed class ManagerWeekCostTests
    {
        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void Counting_a_signal_on_the_managers_week_costs_five_calls_with_3_and_with_20_earlier_weeks()
        {
            var few = Measure(3);
            var many = Measure(20);

            TestContext.WriteLine($"3 earlier weeks:  {few}");
            TestContext.WriteLine($"20 earlier weeks: {many}");
            Assert.AreEqual(
                "first signal of the week 5 (Create 1, Retrieve 3, RetrieveMultiple 1), 4 row(s) read; " +
                "next signal 5 (Retrieve 3, RetrieveMultiple 1, Update 1), 5 row(s) read",
                few,
                "Retrieve: the manager's user record (their director), the week's row by its key, the signal (still there?); " +
                "RetrieveMultiple: the earlier weeks in the 14-day fast-response window (2 rows); then the row's Create or conditional Update");
            Assert.AreEqual(few, many, "the earlier weeks outside the fast-response window are neither queried nor read");
        }

        /// <summary>Max edits Riley's deal once a week for <paramref name="earlierWeeks"/> weeks, then twice this week: the cost of counting those two.</summary>
        private static string Measure(int earlierWeeks)
        {
            var org = new SalesOrg(); // fastResponseWindowDays 14
            for (var week = 0; week < earlierWeeks; week++)
            {
                org.Edit(org.Max, org.RileysDeal, Opportunity.CloseProbability, 10 + week);
                org.Clock.Advance(TimeSpan.FromDays(7));
            }

            // Each edit's synchronous step reads the policy first, so the counting step finds it cached, as in a live org.
            org.Edit(org.Max, org.RileysDeal, Opportunity.CloseProbability, 90);
            var first = Cost(org.Org.LastOperation!.RunsOf<CountSignalOnManagerWeek>().Single());
            org.Edit(org.Max, org.RileysDeal, Opportunity.CloseProbability, 95);
            var next = Cost(org.Org.LastOperation!.RunsOf<CountSignalOnManagerWeek>().Single());

            org.NoAsyncFailures();
            Assert.AreEqual(earlierWeeks + 1, org.WeeksOf(org.Max).Length, "one row per week Max edited in");
            Assert.AreEqual(2, org.WeekOf(org.Max).GetAttributeValue<int>(ManagerWeekTable.DealEdits));
            return $"first signal of the week {first}; next signal {next}";
        }

        private static string Cost(StepRun run) =>
            $"{run.ServiceCalls} ({string.Join(", ", run.ServiceCallsByMessage.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}"))}), {run.RowsReturned} row(s) read";
    }
}
