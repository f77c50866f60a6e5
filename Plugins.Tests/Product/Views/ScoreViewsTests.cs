using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// The independence-score views and chart, on the weekly rows the score step writes as managers step into their
    /// reps' deals, run as the manager they are for: the reps the plugins flag as dependent, and the whole team's week.
    /// </summary>
    [TestClass]
    public sealed class ScoreViewsTests
    {
        private const string Below = "Reps Below the Independence Threshold";
        private const string TeamWeek = "My Team's Independence Scores This Week";
        private const string ByRep = "Independence Score by Rep";

        [TestMethod]
        [ShippedView(Below)]
        public void Reps_below_the_threshold_are_the_manager_s_reps_the_plugins_flag_this_week()
        {
            var org = new SalesOrg();
            MakeDependent(org, org.Max, org.Riley);                                   // Riley 55
            org.Edit(org.Max, org.SamsDeal, Opportunity.EstimatedValue);              // Sam 95
            MakeDependent(org, org.Olive, org.Tom);                                   // Tom 55

            org.AssertView(org.Max, Below, new[] { RowOf(org, org.Riley) });
            org.AssertView(org.Olive, Below, new[] { RowOf(org, org.Tom) });
            org.AssertView(org.Director, Below, Array.Empty<Guid>(), "Dana's reports are the managers");

            org.Clock.Advance(TimeSpan.FromDays(7));
            org.Edit(org.Max, org.SamsDeal, Opportunity.CloseProbability);
            org.AssertView(org.Max, Below, Array.Empty<Guid>(), "a new week starts at 100; last week's flag stays on last week's row");
            org.NoAsyncFailures();
        }

        [TestMethod]
        [ShippedView(TeamWeek)]
        [ShippedView(ByRep)]
        public void The_team_s_week_and_the_score_chart_cover_every_rep_with_a_signal_not_only_the_flagged_ones()
        {
            var org = new SalesOrg();
            MakeDependent(org, org.Max, org.Riley);                                   // Riley 55
            org.Edit(org.Max, org.SamsDeal, Opportunity.EstimatedValue);              // Sam 95
            org.Edit(org.Olive, org.TomsDeal, Opportunity.EstimatedValue);            // Tom 95, Olive's team

            org.AssertView(org.Max, TeamWeek, new[] { RowOf(org, org.Riley), RowOf(org, org.Sam) });
            CollectionAssert.AreEquivalent(
                new Dictionary<object, decimal> { [org.Riley.Id] = 55m, [org.Sam.Id] = 95m }.ToList(),
                org.RunChart(org.Max, ByRep).ToList());
            CollectionAssert.AreEquivalent(new Dictionary<object, decimal> { [org.Tom.Id] = 95m }.ToList(), org.RunChart(org.Olive, ByRep).ToList());

            org.Clock.Advance(TimeSpan.FromDays(7));
            org.LogActivity(org.Max, org.SamsDeal);                                   // Sam 97 this week
            org.AssertView(org.Max, TeamWeek, new[] { ScoreRows(org, org.Sam).Single(r => r.GetAttributeValue<int>(IndependenceScore.Score) == 97).Id });
            CollectionAssert.AreEquivalent(new Dictionary<object, decimal> { [org.Sam.Id] = 97m }.ToList(), org.RunChart(org.Max, ByRep).ToList());
            org.NoAsyncFailures();
        }

        [TestMethod]
        [ShippedView("Active Independence Scores")]
        [ShippedView("Inactive Independence Scores")]
        [ShippedView("Independence Score Advanced Find View")]
        [ShippedView("Independence Score Associated View")]
        [ShippedView("Quick Find Active Independence Scores")]
        [ShippedView("Independence Score Lookup View")]
        public void The_standard_views_list_every_week_s_rows_and_the_deactivated_ones_apart()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.EstimatedValue);            // week of 6 January
            org.Clock.Advance(TimeSpan.FromDays(7));
            org.Edit(org.Max, org.RileysDeal, Opportunity.CloseProbability);          // week of 13 January
            org.Edit(org.Max, org.SamsDeal, Opportunity.EstimatedValue);
            var january6 = ScoreRows(org, org.Riley).Single(r => r.GetAttributeValue<DateTime>(IndependenceScore.WeekStart).Day == 6).Id;
            var january13 = ScoreRows(org, org.Riley).Single(r => r.GetAttributeValue<DateTime>(IndependenceScore.WeekStart).Day == 13).Id;
            var sams = RowOf(org, org.Sam);
            org.Org.AsSystem.Update(new Entity(IndependenceScore.EntityName, january6) { [IndependenceScore.StateCode] = new OptionSetValue(1) });

            var active = new[] { january13, sams };
            org.AssertView(org.Max, "Active Independence Scores", active);
            org.AssertView(org.Max, "Independence Score Advanced Find View", active);
            org.AssertView(org.Max, "Independence Score Associated View", active);
            org.AssertView(org.Max, "Independence Score Lookup View", active);
            org.AssertView(org.Max, "Inactive Independence Scores", new[] { january6 });
            org.AssertView(org.Max, "Quick Find Active Independence Scores", active, search: "Week of 2025-01-13");
            org.AssertView(org.Max, "Quick Find Active Independence Scores", Array.Empty<Guid>(), search: "Week of 2025-01-06");
            org.NoAsyncFailures();
        }

        /// <summary>Two take-overs and an edit: 45 points, score 55, below the default threshold of 60.</summary>
        private static void MakeDependent(SalesOrg org, User manager, User rep)
        {
            org.AssignToSelf(manager, org.Deal($"{rep.FullName} deal 1", rep));
            org.AssignToSelf(manager, org.Deal($"{rep.FullName} deal 2", rep));
            org.Edit(manager, org.Deal($"{rep.FullName} deal 3", rep), Opportunity.EstimatedValue);
            Assert.AreEqual(55, ScoreRows(org, rep).Single().GetAttributeValue<int>(IndependenceScore.Score));
        }

        private static Entity[] ScoreRows(SalesOrg org, User rep) =>
            org.Org.Rows(IndependenceScore.EntityName).Where(row => row.GetAttributeValue<EntityReference>(IndependenceScore.RepId).Id == rep.Id).ToArray();

        private static Guid RowOf(SalesOrg org, User rep) => ScoreRows(org, rep).Single().Id;
    }
}
