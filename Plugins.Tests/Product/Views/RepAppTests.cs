using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// Reps in the app, as the packed zip ships it: the Rep role is mapped to the Sales Independence app
    /// (AppModuleRoleMaps), its site map has a My Independence area whose subareas open one view each
    /// (<c>/main.aspx?pagetype=entitylist&amp;etn=…&amp;viewid=…&amp;viewType=1039</c>), and those views, run as the rep
    /// on rows the plugins wrote as reps filed requests and managers coached and stepped in, list the rep's own rows only.
    /// </summary>
    [TestClass]
    public sealed class RepAppTests
    {
        private static PackedZip Zip => PackedForms.Package;

        [TestMethod]
        public void The_Rep_role_is_mapped_to_the_app_beside_the_Manager_and_Admin_roles()
        {
            var app = Zip.Customizations.Element("AppModules")!.Elements("AppModule").Single(a => a.Element("UniqueName")!.Value == "cri_SalesIndependence");
            var mapped = app.Element("AppModuleRoleMaps")!.Elements("Role").Select(r => Guid.Parse((string)r.Attribute("id")!)).ToHashSet();
            var roles = Zip.Roles.ToDictionary(r => (string)r.Attribute("name")!, r => Guid.Parse((string)r.Attribute("id")!));

            CollectionAssert.AreEquivalent(new[] { "CrmIndependence Rep", "CrmIndependence Manager", "CrmIndependence Admin" },
                roles.Where(role => mapped.Contains(role.Value)).Select(role => role.Key).ToList());
        }

        [TestMethod]
        public void The_My_Independence_area_opens_the_reps_three_views_which_the_app_includes()
        {
            var opened = RepArea().ToDictionary(pair => pair.Title, pair => pair.View);
            var app = Zip.Customizations.Element("AppModules")!.Elements("AppModule").Single();
            var included = app.Descendants("AppModuleComponent").Where(c => (string)c.Attribute("type")! == "26").Select(c => Guid.Parse((string)c.Attribute("id")!)).ToHashSet();

            CollectionAssert.AreEqual(new[] { "My Help Requests", "My Coaching Sessions", "My Weekly Scores" }, opened.Keys.ToList());
            var area = Zip.Customizations.Element("AppModuleSiteMaps")!.Descendants("Area").Single(a => (string)a.Attribute("Id")! == "area_myindependence");
            Assert.IsTrue(area.Descendants("SubArea").Any(s => (string?)s.Attribute("Entity") == Opportunity.EntityName), "and the rep's deals, whose timeline files help requests");
            foreach (var (title, view) in opened)
            {
                Assert.AreEqual(title, ShippedViews.Name(ViewById(view)), "each subarea opens the view of its name");
                Assert.IsTrue(included.Contains(view), $"the app includes {title}");
            }
        }

        [TestMethod]
        [ShippedView("My Help Requests")]
        public void My_help_requests_lists_the_requests_Riley_filed_newest_first_and_not_Sams()
        {
            var org = new SalesOrg();
            var urgent = org.File(org.Riley, HelpRequestDesk.Urgent("Customer waiting on the price", "The buyer signs today").About(org.RileysDeal));
            org.Answer(org.Max, urgent, "Go to 12%, no lower.");
            org.Clock.Advance(TimeSpan.FromMinutes(5));
            var parked = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso").About(org.RileysDeal));
            var sams = org.File(org.Sam, HelpRequestDesk.NonUrgent("Legal terms for Fabrikam").About(org.SamsDeal));
            org.NoAsyncFailures();

            Assert.AreEqual(HelpRequest.StatusCodeOption.Answered, org.Request(urgent).GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(HelpRequest.StatusCode).Value, "answered requests stay on the list");
            CollectionAssert.AreEqual(new[] { parked, urgent }, org.RunView(org.Riley, ViewOf("My Help Requests")), "newest first, answered or not");
            org.AssertView(org.Sam, ViewOf("My Help Requests"), new[] { sams });
            org.AssertView(org.Max, ViewOf("My Help Requests"), Array.Empty<Guid>(), "the manager filed none");
        }

        [TestMethod]
        [ShippedView("My Coaching Sessions")]
        public void My_coaching_sessions_lists_Rileys_sessions_the_next_one_first_and_not_Sams()
        {
            var org = new SalesOrg();
            var first = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(1));
            var sams = org.PlanSession(org.Max, org.Sam, org.Org.Now.AddHours(2));
            org.Clock.Advance(TimeSpan.FromHours(2));
            org.SetStatus(org.Max, first, CoachingSession.SessionStatusOption.Held);   // the suite plans Riley's next one
            org.NoAsyncFailures();
            var next = org.OnlyOpenSessionOf(org.Riley).Id;

            CollectionAssert.AreEqual(new[] { next, first }, org.RunView(org.Riley, ViewOf("My Coaching Sessions")));
            org.AssertView(org.Sam, ViewOf("My Coaching Sessions"), new[] { sams });
        }

        [TestMethod]
        [ShippedView("My Weekly Scores")]
        public void My_weekly_scores_lists_Rileys_weeks_the_latest_first_and_not_Sams()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            org.Edit(org.Max, org.SamsDeal, Opportunity.SalesStage);
            org.Clock.Advance(TimeSpan.FromDays(7));
            org.AssignToSelf(org.Max, org.RileysDeal);
            org.NoAsyncFailures();
            var rileysWeeks = Weeks(org, org.Riley.Id);

            Assert.AreEqual(2, rileysWeeks.Count);
            CollectionAssert.AreEqual(rileysWeeks, org.RunView(org.Riley, ViewOf("My Weekly Scores")));
            org.AssertView(org.Sam, ViewOf("My Weekly Scores"), Weeks(org, org.Sam.Id));
        }

        [TestMethod]
        public void Help_requests_can_be_filed_from_the_deals_timeline()
        {
            var info = Zip.Entity(HelpRequest.EntityName).Element("EntityInfo")!.Element("entity")!;
            Assert.AreEqual("1", info.Element("IsActivity")!.Value, "an activity: the timeline lists and creates it");
            Assert.AreEqual("1", info.Element("IsQuickCreateEnabled")!.Value, "the timeline's + opens the quick create form");
            var quick = PackedForms.Form(HelpRequest.EntityName, "quickCreate", "Help Request Quick Create");
            Assert.IsFalse(PackedForms.ReadOnly(PackedForms.Control(quick, HelpRequest.RegardingObjectId)), "Regarding is filled with the deal the rep files from");
            var regarding = Zip.Customizations.Element("EntityRelationships")!.Elements("EntityRelationship")
                .Single(r => r.Element("ReferencingEntityName")!.Value.Equals(HelpRequest.EntityName, StringComparison.OrdinalIgnoreCase)
                    && r.Element("ReferencedEntityName")!.Value.Equals(Opportunity.EntityName, StringComparison.OrdinalIgnoreCase));
            Assert.AreEqual(HelpRequest.RegardingObjectId, regarding.Element("ReferencingAttributeName")!.Value.ToLowerInvariant());
            Assert.IsTrue(PackedForms.HasTimeline(PackedForms.Form(Opportunity.EntityName, "main", "Deal approval")));
        }

        /// <summary>The My Independence area's subareas: (title, the view its Url opens).</summary>
        private static List<(string Title, Guid View)> RepArea()
        {
            var map = Zip.Customizations.Element("AppModuleSiteMaps")!.Elements().Single().Descendants("SiteMap").Single();
            var area = map.Elements("Area").SingleOrDefault(a => (string)a.Attribute("Id")! == "area_myindependence")
                ?? throw new AssertFailedException("The site map has no My Independence area.");
            Assert.AreEqual("My Independence", (string)area.Element("Titles")!.Element("Title")!.Attribute("Title")!);
            return area.Descendants("SubArea").Where(s => s.Attribute("Url") != null)
                .Select(s => ((string)s.Element("Titles")!.Element("Title")!.Attribute("Title")!, ViewIdOf((string)s.Attribute("Url")!)))
                .ToList();
        }

        private static Guid ViewIdOf(string url)
        {
            var query = url.Substring(url.IndexOf('?') + 1).Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0].ToLowerInvariant(), p => Uri.UnescapeDataString(p[1]));
            Assert.AreEqual("entitylist", query["pagetype"]);
            Assert.AreEqual("1039", query["viewtype"], "a system view");
            return Guid.Parse(query["viewid"]);
        }

        private static XElement ViewById(Guid id) =>
            Zip.Customizations.Descendants("savedquery").Single(v => Guid.Parse((string)v.Element("savedqueryid")!) == id);

        /// <summary>The name of the view the area opens under <paramref name="title"/>: what a rep clicks is what the test runs.</summary>
        private static string ViewOf(string title) => ShippedViews.Name(ViewById(RepArea().Single(pair => pair.Title == title).View));

        private static List<Guid> Weeks(SalesOrg org, Guid rep) =>
            org.Org.Rows(IndependenceScore.EntityName)
                .Where(row => row.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>(IndependenceScore.RepId)?.Id == rep)
                .OrderByDescending(row => row.GetAttributeValue<DateTime>(IndependenceScore.WeekStart))
                .Select(row => row.Id)
                .ToList();
    }
}
