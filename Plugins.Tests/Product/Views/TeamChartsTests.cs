using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// The manager's week-by-week charts as the packed zip ships them on the Sales independence dashboard: comparison
    /// charts (Learn, "Understand charts": a comparison chart's FetchXml has two group-by clauses; Unified Interface draws
    /// one series over two group-bys) — the week (<c>dategrouping="week"</c>, the week number the platform returns) and
    /// the series. Each runs with the view the dashboard shows it with, as Max or Olive, on rows the plugins wrote from
    /// what they did. The clock starts on Monday 6 January 2025, in week 2 of 2025 (weeks start on Sunday and week 1
    /// holds 1 January); the next Monday is in week 3.
    /// </summary>
    [TestClass]
    public sealed class TeamChartsTests
    {
        private const int FirstWeek = 2;
        private const int SecondWeek = 3;

        [TestMethod]
        [ShippedView("My Team's Score per Week")]
        [ShippedView("My Team's Weekly Scores, Last 8 Weeks")]
        public void The_score_chart_gives_each_week_the_average_score_of_the_dependent_reps_apart_from_the_others()
        {
            var org = new SalesOrg();
            org.AssignToSelf(org.Max, org.Deal("Fabrikam renewal", org.Riley));
            org.AssignToSelf(org.Max, org.Deal("Northwind pilot", org.Riley));
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);          // Riley: 20 + 20 + 5 = 45 points, 55, dependent
            org.Edit(org.Max, org.SamsDeal, Opportunity.SalesStage);            // Sam: 95
            org.Edit(org.Olive, org.TomsDeal, Opportunity.SalesStage);          // Tom is Olive's
            org.Clock.Advance(TimeSpan.FromDays(7));
            org.Edit(org.Max, org.RileysDeal, Opportunity.EstimatedValue);      // Riley next week: 95
            org.NoAsyncFailures();

            var points = Points(org, org.Max, "My Team's Score per Week");

            CollectionAssert.AreEquivalent(new[] { (FirstWeek, (object)true, 55m), (FirstWeek, false, 95m), (SecondWeek, false, 95m) }, points);
            CollectionAssert.AreEquivalent(new[] { (FirstWeek, (object)false, 95m) }, Points(org, org.Olive, "My Team's Score per Week"));
            CollectionAssert.AreEquivalent(ScoresOf(org, org.Riley, org.Sam), org.RunView(org.Max, "My Team's Weekly Scores, Last 8 Weeks"), "the view lists the rows the chart reads");

            org.Clock.Advance(TimeSpan.FromDays(9 * 7));
            Assert.AreEqual(0, Points(org, org.Max, "My Team's Score per Week").Count, "older than eight weeks");
        }

        [TestMethod]
        [ShippedView("Coaching Held vs Skipped per Week")]
        public void The_coaching_chart_stacks_held_and_skipped_sessions_per_week_of_their_start()
        {
            var org = new SalesOrg();
            var rileys = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(1));
            var sams = org.PlanSession(org.Max, org.Sam, org.Org.Now.AddHours(2));
            var toms = org.PlanSession(org.Olive, org.Tom, org.Org.Now.AddHours(1));
            org.Clock.Advance(TimeSpan.FromHours(3));
            org.SetStatus(org.Max, rileys, CoachingSession.SessionStatusOption.Held);                       // the next one a week later
            org.SetStatus(org.Max, sams, CoachingSession.SessionStatusOption.Skipped, "Customer visit", org.Org.Now.AddDays(1));
            org.SetStatus(org.Olive, toms, CoachingSession.SessionStatusOption.Held);
            var rileysNext = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(SecondWeek, WeekOf(rileysNext.GetAttributeValue<DateTime>(CoachingSession.ScheduledStart)), "planned a week later");
            org.Clock.Advance(TimeSpan.FromDays(7));
            org.SetStatus(org.Max, rileysNext.Id, CoachingSession.SessionStatusOption.Held);
            org.NoAsyncFailures();

            var held = CoachingSession.SessionStatusOption.Held;
            var skipped = CoachingSession.SessionStatusOption.Skipped;
            CollectionAssert.AreEquivalent(new[] { (FirstWeek, (object)held, 1m), (FirstWeek, skipped, 1m), (SecondWeek, held, 1m) }, Points(org, org.Max, "Coaching Held vs Skipped per Week"),
                "Sam's session planned after the skip is still open: it is neither");
            CollectionAssert.AreEquivalent(new[] { (FirstWeek, (object)held, 1m) }, Points(org, org.Olive, "Coaching Held vs Skipped per Week"));
        }

        [TestMethod]
        [ShippedView("Signals by Kind per Week")]
        [ShippedView("Signals on My Team, Last 8 Weeks")]
        public void The_signals_chart_stacks_each_weeks_signals_about_my_reps_by_kind()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            org.Edit(org.Max, org.SamsDeal, Opportunity.SalesStage);
            org.LogActivity(org.Max, org.RileysDeal);
            org.Edit(org.Olive, org.TomsDeal, Opportunity.SalesStage);
            org.Clock.Advance(TimeSpan.FromDays(7));
            org.AssignToSelf(org.Max, org.RileysDeal);
            org.NoAsyncFailures();

            var edited = DependencySignal.KindOption.ManagerEditedDeal;
            CollectionAssert.AreEquivalent(
                new[] { (FirstWeek, (object)edited, 2m), (FirstWeek, DependencySignal.KindOption.ManagerActivityOnDeal, 1m), (SecondWeek, DependencySignal.KindOption.ManagerTookOverDeal, 1m) },
                Points(org, org.Max, "Signals by Kind per Week"));
            CollectionAssert.AreEquivalent(new[] { (FirstWeek, (object)edited, 1m) }, Points(org, org.Olive, "Signals by Kind per Week"));
            var maxsTeam = org.Signals().Where(signal => signal.GetAttributeValue<EntityReference>(DependencySignal.RepManagerId)?.Id == org.Max.Id).Select(signal => signal.Id);
            CollectionAssert.AreEquivalent(maxsTeam.ToList(), org.RunView(org.Max, "Signals on My Team, Last 8 Weeks"));
        }

        /// <summary>
        /// The chart's points for <paramref name="user"/>: (week number, series value — a choice's value or a yes/no —,
        /// measure), with the filters of the view the dashboard shows the chart with, as <see cref="ViewRunner.RunChart"/>.
        /// </summary>
        private static List<(int Week, object Series, decimal Measure)> Points(SalesOrg org, User user, string chart)
        {
            var shipped = ShippedViews.Chart(chart);
            var fetch = new XElement(ShippedViews.ChartFetch(chart));
            var entity = fetch.Element("entity")!;
            var groupBys = entity.Elements("attribute").Where(a => (string?)a.Attribute("groupby") == "true").ToList();
            Assert.AreEqual(2, groupBys.Count, "a comparison chart: the week and the series");
            Assert.AreEqual("week", (string?)groupBys[0].Attribute("dategrouping"));
            var category = (string)shipped.Descendants("category").Single().Attribute("alias")!;
            Assert.AreEqual((string)groupBys[0].Attribute("alias")!, category, "the week is the category axis");
            var series = (string)groupBys[1].Attribute("alias")!;
            var measure = (string)shipped.Descendants("measure").Single().Attribute("alias")!;
            foreach (var filter in ShippedViews.ViewFetch(ShippedViews.DashboardViewOf(chart)).Element("entity")!.Elements("filter"))
            {
                entity.Add(new XElement(filter));
            }

            return org.As(user).RetrieveMultiple(new FetchExpression(fetch.ToString())).Entities
                .Select(row => (
                    Convert.ToInt32(row.GetAttributeValue<AliasedValue>(category).Value, CultureInfo.InvariantCulture),
                    row.GetAttributeValue<AliasedValue>(series).Value is OptionSetValue option ? option.Value : row.GetAttributeValue<AliasedValue>(series).Value,
                    Math.Round(Convert.ToDecimal(row.GetAttributeValue<AliasedValue>(measure).Value, CultureInfo.InvariantCulture), 2)))
                .ToList();
        }

        /// <summary>The week number FetchXml's week date grouping gives (weeks start on Sunday; week 1 holds 1 January).</summary>
        private static int WeekOf(DateTime date)
        {
            var first = new DateTime(date.Year, 1, 1);
            return ((date.DayOfYear - 1 + (int)first.DayOfWeek) / 7) + 1;
        }

        private static List<Guid> ScoresOf(SalesOrg org, params User[] reps) =>
            org.Org.Rows(IndependenceScore.EntityName)
                .Where(row => reps.Any(rep => row.GetAttributeValue<EntityReference>(IndependenceScore.RepId)?.Id == rep.Id))
                .Select(row => row.Id)
                .ToList();
    }
}
