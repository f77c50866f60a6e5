using System;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.DecisionAuthority;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using AuthorityTable = CrmIndependence.Plugins.Schema.DecisionAuthorityTable;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// The configuration tables' views, on rows an admin creates and deactivates through the service: active rows in
    /// the active, advanced find, associated and lookup views; deactivated ones apart; quick find on the name.
    /// </summary>
    [TestClass]
    public sealed class ConfigurationViewsTests
    {
        [TestMethod]
        [ShippedView("Active Decision Authorities")]
        [ShippedView("Inactive Decision Authorities")]
        [ShippedView("Decision Authority Advanced Find View")]
        [ShippedView("Decision Authority Associated View")]
        [ShippedView("Quick Find Active Decision Authorities")]
        [ShippedView("Decision Authority Lookup View")]
        public void Decision_authority_views_list_the_rules_in_force_and_the_deactivated_ones_apart()
        {
            var org = new SalesOrg();
            var everyone = org.DiscountAuthority(AuthorityTable.AppliesToOption.Everyone, 10m, name: "Everyone: discount up to 10 %");
            var max = org.DiscountAuthority(AuthorityTable.AppliesToOption.User, 25m, user: org.Max, name: "Max: discount up to 25 %");
            var old = org.DiscountAuthority(AuthorityTable.AppliesToOption.Everyone, 5m, name: "Everyone: discount up to 5 % (2024)");
            Deactivate(org, AuthorityTable.EntityName, old);

            Standard(org, "Decision Authorities", "Decision Authority", new[] { everyone, max }, old);
            org.AssertView(org.Director, "Quick Find Active Decision Authorities", new[] { everyone }, search: "Everyone");
        }

        [TestMethod]
        [ShippedView("Active Stage Requirements")]
        [ShippedView("Inactive Stage Requirements")]
        [ShippedView("Stage Requirement Advanced Find View")]
        [ShippedView("Stage Requirement Associated View")]
        [ShippedView("Quick Find Active Stage Requirements")]
        [ShippedView("Stage Requirement Lookup View")]
        public void Stage_requirement_views_list_the_exit_criteria_in_force_and_the_deactivated_ones_apart()
        {
            var org = new SalesOrg();
            var decisionMaker = org.ColumnHasValue(Opportunity.SalesStageOption.Qualify, Opportunity.ParentContactId, StageGateSetup.DecisionMaker);
            var closeDate = org.ColumnHasValue(Opportunity.SalesStageOption.Close, Opportunity.EstimatedCloseDate, StageGateSetup.CloseDate);
            var budget = org.ColumnHasValue(Opportunity.SalesStageOption.Qualify, Opportunity.CloseProbability, "Know the budget");
            Deactivate(org, CrmIndependence.Plugins.Schema.StageRequirement.EntityName, budget);

            Standard(org, "Stage Requirements", "Stage Requirement", new[] { decisionMaker, closeDate }, budget);
            org.AssertView(org.Director, "Quick Find Active Stage Requirements", new[] { closeDate }, search: "Agree");
        }

        /// <summary>The five views every table has, run as the admin (Dana, who configures the suite here).</summary>
        private static void Standard(SalesOrg org, string plural, string singular, Guid[] active, Guid inactive)
        {
            org.AssertView(org.Director, $"Active {plural}", active);
            org.AssertView(org.Director, $"{singular} Advanced Find View", active);
            org.AssertView(org.Director, $"{singular} Associated View", active);
            org.AssertView(org.Director, $"{singular} Lookup View", active);
            org.AssertView(org.Director, $"Inactive {plural}", new[] { inactive });
        }

        private static void Deactivate(SalesOrg org, string table, Guid id) =>
            org.Org.AsSystem.Update(new Entity(table, id) { ["statecode"] = new OptionSetValue(1) });
    }
}
