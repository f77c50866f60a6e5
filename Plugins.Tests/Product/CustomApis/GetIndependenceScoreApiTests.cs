using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.Scoring;
using CrmIndependence.Plugins.Scoring.Platform;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.CustomApis
{
    /// <summary>
    /// cri_GetIndependenceScore called as a caller calls it (service.Execute of an OrganizationRequest), on the
    /// emulator, which dispatches it to the plugin declaring [CustomApi("cri_GetIndependenceScore")]. The plugin and
    /// the "Calculate independence score" workflow activity share IndependenceScoreReader.
    /// </summary>
    [TestClass]
    public sealed class GetIndependenceScoreApiTests
    {
        [TestMethod]
        public void Returns_the_average_weekly_score_the_counters_and_the_involvement_ratio()
        {
            var org = new SalesOrg();
            var now = org.Org.Now;
            ScoreRows.Week(org, org.Riley.Id, IndependenceScoring.WeekStart(now), takeOvers: 1, edits: 2, activities: 1);
            ScoreRows.Week(org, org.Riley.Id, IndependenceScoring.WeekStart(now).AddDays(-7), edits: 1);
            ScoreRows.Week(org, org.Riley.Id, IndependenceScoring.WeekStart(now).AddDays(-70), takeOvers: 5);
            ScoreRows.Week(org, org.Sam.Id, IndependenceScoring.WeekStart(now), takeOvers: 3);
            ScoreRows.DealCounters(org, org.RileysDeal, manager: 1, rep: 3);

            var response = org.As(org.Max).Execute(Request(org.Riley.ToEntityReference(), 28));

            // Five weeks: 67 (20 + 10 + 3 points), 95, and three quiet weeks at 100.
            Assert.AreEqual((int)Math.Round((67m + 95m + 300m) / 5m, MidpointRounding.AwayFromZero), response.Results["Score"]);
            Assert.AreEqual(0.25m, response.Results["InvolvementRatio"]);
            Assert.AreEqual(5, response.Results["SignalCount"]);
            Assert.AreEqual(3, response.Results["ManagerEdits"]);
            Assert.AreEqual(1, response.Results["TakeOvers"]);
            Assert.AreEqual(1, response.Results["ManagerActivities"]);
            Assert.AreEqual(0, response.Results["CoachingSkipped"]);
            foreach (var counter in ScoreCounters.All)
            {
                Assert.IsTrue(response.Results.Contains(counter.ResponseName), counter.ResponseName);
            }
        }

        [TestMethod]
        public void The_involvement_ratio_counts_the_reps_open_deals_and_those_closed_in_the_period_not_older_closed_ones()
        {
            var org = new SalesOrg();
            ScoreRows.DealCounters(org, org.RileysDeal, manager: 1, rep: 3);
            var closedLongAgo = org.Deal("Closed long ago", org.Riley);
            ScoreRows.DealCounters(org, closedLongAgo, manager: 9, rep: 1);
            org.Win(org.Riley, closedLongAgo);
            org.Clock.Advance(TimeSpan.FromDays(40));
            var closedThisMonth = org.Deal("Closed this month", org.Riley);
            ScoreRows.DealCounters(org, closedThisMonth, manager: 2, rep: 2);
            org.Win(org.Riley, closedThisMonth);
            org.Org.RunAsyncSteps();

            var response = org.As(org.Max).Execute(Request(org.Riley.ToEntityReference(), 28));

            Assert.AreEqual(Opportunity.StateCodeOption.Won, org.StateOf(closedLongAgo));
            Assert.AreEqual(Opportunity.StateCodeOption.Won, org.StateOf(closedThisMonth));
            Assert.AreEqual(3m / 8m, response.Results["InvolvementRatio"], "(1 + 2) manager activities of (4 + 4) on the open deal and the one won this month; the deal won 40 days ago is out");
        }

        [TestMethod]
        public void Days_is_optional_and_defaults_to_28()
        {
            var org = new SalesOrg();
            ScoreRows.Week(org, org.Riley.Id, IndependenceScoring.WeekStart(org.Org.Now).AddDays(-28), edits: 4);
            ScoreRows.Week(org, org.Riley.Id, IndependenceScoring.WeekStart(org.Org.Now).AddDays(-35), edits: 4);

            var response = org.As(org.Max).Execute(new OrganizationRequest("cri_GetIndependenceScore") { ["RepId"] = org.Riley.ToEntityReference() });

            Assert.AreEqual(4, response.Results["ManagerEdits"], "28 days reach back into the week four weeks ago, not five");
        }

        [TestMethod]
        public void A_rep_without_signals_scores_100_with_a_zero_ratio()
        {
            var org = new SalesOrg();

            var response = org.As(org.Riley).Execute(Request(org.Uma.ToEntityReference(), 7));

            Assert.AreEqual(100, response.Results["Score"]);
            Assert.AreEqual(0m, response.Results["InvolvementRatio"]);
            Assert.AreEqual(0, response.Results["SignalCount"]);
        }

        [TestMethod]
        public void A_missing_rep_is_refused_with_a_clear_error()
        {
            var org = new SalesOrg();

            var message = SalesOrg.Refusal(() => org.As(org.Max).Execute(new OrganizationRequest("cri_GetIndependenceScore") { ["Days"] = 28 }));

            StringAssert.Contains(message, "RepId must reference a user (systemuser)");
        }

        [TestMethod]
        public void An_unknown_rep_is_refused_with_a_clear_error()
        {
            var org = new SalesOrg();
            var ghost = Guid.NewGuid();

            var message = SalesOrg.Refusal(() => org.As(org.Max).Execute(Request(new EntityReference(SystemUser.EntityName, ghost), 28)));

            StringAssert.Contains(message, $"The rep {ghost}");
            StringAssert.Contains(message, "is not a user of this organization");
        }

        [TestMethod]
        public void A_rep_that_is_not_a_user_is_refused()
        {
            var org = new SalesOrg();

            var message = SalesOrg.Refusal(() => org.As(org.Max).Execute(Request(new EntityReference(Opportunity.EntityName, org.RileysDeal), 28)));

            StringAssert.Contains(message, "it references a opportunity");
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1000)]
        public void A_period_outside_1_to_731_days_is_refused(int days)
        {
            var org = new SalesOrg();

            var message = SalesOrg.Refusal(() => org.As(org.Max).Execute(Request(org.Riley.ToEntityReference(), days)));

            StringAssert.Contains(message, "The period must be between 1 and 731 days");
        }

        [TestMethod]
        public void The_reader_the_workflow_activity_uses_gives_the_same_answer_as_the_api()
        {
            var org = new SalesOrg();
            ScoreRows.Week(org, org.Riley.Id, IndependenceScoring.WeekStart(org.Org.Now), edits: 2, takeOvers: 1);

            var api = org.As(org.Max).Execute(Request(org.Riley.ToEntityReference(), 28));
            var shared = IndependenceScoreReader.Read(org.As(org.Max), org.Riley.ToEntityReference(), 28, org.Org.Now);

            Assert.AreEqual(shared.Score, api.Results["Score"]);
            Assert.AreEqual(shared.SignalCount, api.Results["SignalCount"]);
            Assert.AreEqual(shared.InvolvementRatio, api.Results["InvolvementRatio"]);
        }

        private static OrganizationRequest Request(EntityReference rep, int days) =>
            new OrganizationRequest("cri_GetIndependenceScore") { ["RepId"] = rep, ["Days"] = days };
    }

    /// <summary>
    /// Arranges weekly score rows and deal counters without running plug-ins, shaped as the plugins write them
    /// (a week's row owned by its rep, so the rep and the rep's managers read it as they would).
    /// </summary>
    internal static class ScoreRows
    {
        public static Guid Week(SalesOrg org, Guid rep, DateTime weekStart, int edits = 0, int takeOvers = 0, int activities = 0)
        {
            var counts = new Dictionary<string, object>
            {
                [IndependenceScore.ManagerEdits] = edits,
                [IndependenceScore.ManagerTakeovers] = takeOvers,
                [IndependenceScore.ManagerActivities] = activities,
            };
            var row = new Entity(IndependenceScore.EntityName)
            {
                [IndependenceScore.PrimaryName] = $"{rep} {weekStart:yyyy-MM-dd}",
                [IndependenceScore.RepId] = new EntityReference(SystemUser.EntityName, rep),
                [IndependenceScore.OwnerId] = new EntityReference(SystemUser.EntityName, rep),
                [IndependenceScore.WeekStart] = weekStart,
                [IndependenceScore.SignalCount] = edits + takeOvers + activities,
                [IndependenceScore.Score] = Math.Max(0, 100 - 5 * edits - 20 * takeOvers - 3 * activities),
            };
            foreach (var count in counts)
            {
                row[count.Key] = count.Value;
            }

            return org.Org.Seed(row);
        }

        public static void DealCounters(SalesOrg org, Guid deal, int manager, int rep) =>
            org.Org.SeedUpdate(new Entity(Opportunity.EntityName, deal)
            {
                [Opportunity.ManagerActivityCount] = manager,
                [Opportunity.RepActivityCount] = rep,
            });
    }
}
