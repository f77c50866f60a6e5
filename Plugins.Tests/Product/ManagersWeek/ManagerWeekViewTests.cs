using System;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Product.ManagersWeek
{
    /// <summary>
    /// The "My habits" dashboard's views and charts and the directors' view, read from the packed zip, run as the
    /// manager or the director on the rows the plug-ins wrote from what Max and Olive did.
    /// </summary>
    [TestClass]
    public sealed class ManagerWeekViewTests
    {
        private static readonly Lazy<XElement> Table = new(() => PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip).Entity(ManagerWeekTable.EntityName));

        [TestMethod]
        public void My_habits_by_week_shows_Max_his_own_weeks_and_not_Olives()
        {
            var org = TwoManagersWeeks();

            var rows = org.Org.Query(new FetchExpression(View("My Habits by Week")), org.Max).Entities;

            Assert.AreEqual(2, rows.Count, "this week and last week");
            Assert.IsTrue(rows.All(row => row.GetAttributeValue<EntityReference>(ManagerWeekTable.ManagerId).Id == org.Max.Id));
            Assert.AreEqual(1, rows[0].GetAttributeValue<int>(ManagerWeekTable.Answered), "newest first: this week's one answer");
        }

        [TestMethod]
        public void The_directors_view_lists_this_week_of_every_manager_reporting_to_Dana_and_nothing_for_a_manager()
        {
            var org = TwoManagersWeeks();

            var forDana = org.Org.Query(new FetchExpression(View("My Managers' Current Week")), org.Director).Entities;
            var forMax = org.Org.Query(new FetchExpression(View("My Managers' Current Week")), org.Max).Entities;

            CollectionAssert.AreEquivalent(new[] { org.Max.Id, org.Olive.Id }, forDana.Select(row => row.GetAttributeValue<EntityReference>(ManagerWeekTable.ManagerId).Id).ToList());
            Assert.AreEqual(org.Max.Id, forDana[0].GetAttributeValue<EntityReference>(ManagerWeekTable.ManagerId).Id, "the manager flagged for answering too fast first");
            Assert.AreEqual(0, forMax.Count, "nobody reports to Max as a manager");
        }

        [TestMethod]
        public void The_coaching_chart_gives_Max_held_and_skipped_per_week()
        {
            var org = TwoManagersWeeks();

            var points = org.Org.Query(new FetchExpression(Chart("My Coaching Held vs Skipped")), org.Max).Entities;

            var total = points.Sum(point => Convert.ToInt32(((AliasedValue)point["held"]).Value));
            var skipped = points.Sum(point => Convert.ToInt32(((AliasedValue)point["skipped"]).Value));
            Assert.AreEqual(1, total);
            Assert.AreEqual(1, skipped);
        }

        [TestMethod]
        public void The_interventions_chart_gives_Max_his_interventions_per_week()
        {
            var org = TwoManagersWeeks();

            var points = org.Org.Query(new FetchExpression(Chart("My Interventions by Week")), org.Max).Entities;

            Assert.AreEqual(2, points.Sum(point => Convert.ToInt32(((AliasedValue)point["interventions"]).Value)));
        }

        [TestMethod]
        public void The_share_chart_sets_the_weeks_share_against_the_policys_ceiling()
        {
            var org = TwoManagersWeeks();

            var points = org.Org.Query(new FetchExpression(Chart("My Answers Inside the Delay vs the Ceiling")), org.Max).Entities;

            CollectionAssert.AreEquivalent(new[] { 100, 0 }, points.Select(point => Convert.ToInt32(((AliasedValue)point["share_inside"]).Value)).ToList());
            Assert.IsTrue(points.All(point => Convert.ToInt32(((AliasedValue)point["ceiling"]).Value) == 50));
        }

        /// <summary>
        /// Last week Max answered Riley inside the hour, held one session and skipped one; this week he answered after
        /// two hours and edited and logged a call on Riley's deal. Olive answered Tom after two hours this week.
        /// </summary>
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

        private static string View(string name) =>
            Table.Value.Descendants("savedquery").Single(view => Name(view) == name).Element("fetchxml")!.Element("fetch")!.ToString();

        private static string Chart(string name) =>
            Table.Value.Descendants("visualization").Single(chart => Name(chart) == name).Descendants("fetch").Single().ToString();

        private static string Name(XElement element) => element.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!.Value;
    }
}
