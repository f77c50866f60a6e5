using System;
using System.Linq;
using CrmIndependence.Emulator.Security;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// What a manager sees with and without the manager hierarchy security model, with security on and everyone holding
    /// the roles the install steps (docs/INSTALL.md) give them. The views filter on who the rows are for (the addressed manager,
    /// the rep's manager), so the hierarchy decides only what a manager may read, never which team a view shows.
    /// </summary>
    [TestClass]
    public sealed class HierarchySecurityViewsTests
    {
        private const string Signals = "Dependency Signals on My Team This Week";
        private const string Ready = "Help Requests Ready for My Response";
        private const string TeamScores = "My Team's Independence Scores This Week";

        [TestMethod]
        [ShippedView(Signals)]
        [ShippedView(Ready)]
        public void With_the_manager_hierarchy_on_a_manager_s_views_show_the_reports_rows()
        {
            var org = Arrange(hierarchy: true, out var rileysSignal, out var rileysRequest);

            org.AssertView(org.Max, Signals, new[] { rileysSignal });
            org.AssertView(org.Max, Ready, new[] { rileysRequest });
            org.AssertView(org.Olive, Signals, org.Signals().Where(s => DealWork.RepOf(s) == org.Tom.Id).Select(s => s.Id));
        }

        [TestMethod]
        [ShippedView(TeamScores)]
        public void Without_the_manager_hierarchy_a_manager_reads_none_of_the_reports_signals_or_scores()
        {
            var org = Arrange(hierarchy: false, out _, out var rileysRequest);

            org.AssertView(org.Max, Signals, Array.Empty<Guid>(), "CrmIndependence Manager reads signals at user depth: the reps own theirs");
            org.AssertView(org.Max, TeamScores, Array.Empty<Guid>(), "nor the reps' weekly scores");
            org.AssertView(org.Max, Ready, new[] { rileysRequest },
                "help requests are activities, which Sales Manager reads across the business unit; the view keeps to those addressed to Max");
        }

        [TestMethod]
        public void With_the_hierarchy_the_manager_reads_the_team_s_scores()
        {
            var org = Arrange(hierarchy: true, out _, out _);

            org.AssertView(org.Max, TeamScores, org.Org.Rows(IndependenceScore.EntityName)
                .Where(row => row.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>(IndependenceScore.RepId).Id == org.Riley.Id).Select(row => row.Id));
        }

        [TestMethod]
        public void Without_the_hierarchy_but_with_business_unit_read_the_views_still_show_only_the_manager_s_own_reps()
        {
            var org = Arrange(hierarchy: false, out var rileysSignal, out _, widen: role => role.Grant(DependencySignal.EntityName, AccessDepth.Local, Access.Read));

            org.AssertView(org.Max, Signals, new[] { rileysSignal }, "Tom's signal is readable in the business unit, but Tom is Olive's");
        }

        /// <summary>Max edits Riley's deal and Olive Tom's; Riley and Tom each file an urgent request. Depth 2 = managerChainDepth's default.</summary>
        private static SalesOrg Arrange(bool hierarchy, out Guid rileysSignal, out Guid rileysRequest, Action<SecurityRole>? widen = null)
        {
            var org = new SalesOrg(null, options =>
            {
                options.HierarchySecurity = hierarchy;
                options.HierarchyDepth = 2;
            });
            widen?.Invoke(org.Org.Security.Role("CrmIndependence Manager"));
            org.Edit(org.Max, org.RileysDeal, Opportunity.EstimatedValue);
            org.Edit(org.Olive, org.TomsDeal, Opportunity.EstimatedValue);
            rileysRequest = org.File(org.Riley, HelpRequestDesk.Urgent("Customer walks today", "Board decides at 5 pm"));
            org.File(org.Tom, HelpRequestDesk.Urgent("Northwind wants an answer", "Their CFO leaves tonight"));
            org.NoAsyncFailures();
            rileysSignal = org.Signals().Single(s => DealWork.RepOf(s) == org.Riley.Id).Id;
            return org;
        }
    }
}
