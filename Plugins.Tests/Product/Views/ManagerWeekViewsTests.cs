using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using CrmIndependence.Plugins.Tests.Product.ManagersWeek;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// The manager's mirror as the packed zip ships it — the "My habits" dashboard's charts with the view they are shown
    /// with, and the directors' view — run as the manager or the director on the rows the plugins wrote from what Max and
    /// Olive did: last week Max answered Riley inside the hour, held one session and skipped one; this week he answered
    /// after two hours, edited Riley's deal and logged a call on it; Olive answered Tom after two hours.
    /// </summary>
    [TestClass]
    public sealed class ManagerWeekViewsTests
    {
        private const string MyHabits = "My Habits by Week";
        private const string Directors = "My Managers' Current Week";

        [TestMethod]
        [ShippedView(MyHabits)]
        public void My_habits_by_week_shows_Max_his_own_weeks_newest_first_and_not_Olives()
        {
            var org = TwoManagersWeeks();

            var rows = org.RunView(org.Max, MyHabits);

            CollectionAssert.AreEqual(new[] { WeekOf(org, org.Max, 0), WeekOf(org, org.Max, -7) }, rows);
            org.AssertView(org.Olive, MyHabits, new[] { WeekOf(org, org.Olive, 0) });
        }

        [TestMethod]
        [ShippedView(Directors)]
        public void The_directors_view_lists_this_week_of_every_manager_reporting_to_Dana_the_flagged_one_first()
        {
            var org = TwoManagersWeeks();
            org.AnswerAfter(org.Olive, org.Tom, TimeSpan.FromMinutes(5));   // Olive: 1 of 2 inside — not more than half
            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(5));
            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(5));   // Max: 3 of 4 over 14 days — flagged

            var rows = org.RunView(org.Director, Directors);

            CollectionAssert.AreEqual(new[] { WeekOf(org, org.Max, 0), WeekOf(org, org.Olive, 0) }, rows);
            org.AssertView(org.Max, Directors, Array.Empty<Guid>(), "nobody reports to Max as a manager");
        }

        [TestMethod]
        [ShippedView("My Answers Inside the Delay vs the Ceiling")]
        public void The_share_chart_sets_each_weeks_share_inside_the_delay_against_the_policys_ceiling()
        {
            var org = TwoManagersWeeks();

            var points = Chart(org, org.Max, "My Answers Inside the Delay vs the Ceiling");

            CollectionAssert.AreEqual(new[] { 100m, 0m }, points.Select(point => point["share_inside"]).ToList(), "last week 1 of 1, this week 0 of 1");
            Assert.IsTrue(points.All(point => point["ceiling"] == 50m), "fastResponseShare 0.5");
        }

        [TestMethod]
        [ShippedView("My Interventions by Week")]
        public void The_interventions_chart_gives_Max_his_interventions_per_week()
        {
            var org = TwoManagersWeeks();

            CollectionAssert.AreEqual(new[] { 0m, 2m }, Chart(org, org.Max, "My Interventions by Week").Select(point => point["interventions"]).ToList());
            CollectionAssert.AreEqual(new[] { 0m }, Chart(org, org.Olive, "My Interventions by Week").Select(point => point["interventions"]).ToList());
        }

        [TestMethod]
        [ShippedView("My Coaching Held vs Skipped")]
        public void The_coaching_chart_gives_Max_held_and_skipped_per_week()
        {
            var org = TwoManagersWeeks();

            var points = Chart(org, org.Max, "My Coaching Held vs Skipped");

            CollectionAssert.AreEqual(new[] { 1m, 0m }, points.Select(point => point["held"]).ToList());
            CollectionAssert.AreEqual(new[] { 1m, 0m }, points.Select(point => point["skipped"]).ToList());
        }

        [TestMethod]
        [ShippedView("Active Managers' Weeks")]
        [ShippedView("Inactive Managers' Weeks")]
        [ShippedView("Manager's Week Advanced Find View")]
        [ShippedView("Manager's Week Associated View")]
        [ShippedView("Quick Find Active Managers' Weeks")]
        [ShippedView("Manager's Week Lookup View")]
        public void The_standard_views_list_every_active_week_and_the_deactivated_ones_apart()
        {
            var org = TwoManagersWeeks();
            var lastWeek = WeekOf(org, org.Max, -7);
            var thisWeek = WeekOf(org, org.Max, 0);
            var olives = WeekOf(org, org.Olive, 0);
            org.Org.AsSystem.Update(new Entity(ManagerWeekTable.EntityName, lastWeek) { [ManagerWeekTable.StateCode] = new OptionSetValue(1) });

            // Dana, the managers' manager, reads both managers' weeks through the hierarchy; Max reads only his own.
            org.AssertView(org.Director, "Active Managers' Weeks", new[] { thisWeek, olives });
            org.AssertView(org.Director, "Manager's Week Advanced Find View", new[] { thisWeek, olives });
            org.AssertView(org.Director, "Manager's Week Associated View", new[] { thisWeek, olives });
            org.AssertView(org.Director, "Manager's Week Lookup View", new[] { thisWeek, olives });
            org.AssertView(org.Director, "Inactive Managers' Weeks", new[] { lastWeek });
            var name = org.Read(ManagerWeekTable.EntityName, thisWeek).GetAttributeValue<string>(ManagerWeekTable.PrimaryName);
            org.AssertView(org.Director, "Quick Find Active Managers' Weeks", new[] { thisWeek, olives }, search: name);
            org.AssertView(org.Max, "Active Managers' Weeks", new[] { thisWeek }, "Olive's week is hers: a peer manager does not read it");
            org.AssertView(org.Director, "Quick Find Active Managers' Weeks", Array.Empty<Guid>(), search: "Week of 1999");
        }

        private static SalesOrg TwoManagersWeeks()
        {
            var org = new SalesOrg();
            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(10));
            var held = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(1));
            var skipped = org.PlanSession(org.Max, org.Sam, org.Org.Now.AddHours(2));
            org.SetStatus(org.Max, held, CoachingSession.SessionStatusOption.Held);
            org.SetStatus(org.Max, skipped, CoachingSession.SessionStatusOption.Skipped, "Customer visit", org.Org.Now.AddDays(1));

            org.Clock.Advance(TimeSpan.FromDays(7));
            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(120));
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            org.LogActivity(org.Max, org.RileysDeal);
            org.AnswerAfter(org.Olive, org.Tom, TimeSpan.FromMinutes(120));
            org.NoAsyncFailures();
            return org;
        }

        private static Guid WeekOf(SalesOrg org, User manager, int days) =>
            org.WeeksOf(manager).Single(row => row.GetAttributeValue<DateTime>(ManagerWeekTable.WeekStart) == CrmIndependence.Plugins.Scoring.IndependenceScoring.WeekStart(org.Org.Now.AddDays(days))).Id;

        /// <summary>The chart's points, oldest week first, with the filters of the view the dashboard shows it with (as <see cref="ViewRunner.RunChart"/>).</summary>
        private static List<Dictionary<string, decimal>> Chart(SalesOrg org, User user, string chart)
        {
            var fetch = new XElement(ShippedViews.ChartFetch(chart));
            var entity = fetch.Element("entity")!;
            foreach (var filter in ShippedViews.ViewFetch(ShippedViews.DashboardViewOf(chart)).Element("entity")!.Elements("filter"))
            {
                entity.Add(new XElement(filter));
            }

            var measures = ShippedViews.Chart(chart).Descendants("measure").Select(measure => (string)measure.Attribute("alias")!).ToList();
            return org.As(user).RetrieveMultiple(new FetchExpression(fetch.ToString())).Entities
                .Select(row => measures.ToDictionary(alias => alias, alias => Convert.ToDecimal(row.GetAttributeValue<AliasedValue>(alias)?.Value ?? 0, CultureInfo.InvariantCulture)))
                .ToList();
        }
    }
}
