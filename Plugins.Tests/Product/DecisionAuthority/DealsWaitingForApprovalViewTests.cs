using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.CustomApis;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Product.DecisionAuthority
{
    /// <summary>
    /// The opportunity view "Deals Waiting for My Approval" as the solution ships it, run as each manager on an org where
    /// the plugins wrote the approval (nothing seeded): Max sees the deal Riley (his rep) pushed beyond his authority
    /// until Max decides; Olive, another team's manager, never sees it; Riley does not see his own deal there.
    /// </summary>
    [TestClass]
    public sealed class DealsWaitingForApprovalViewTests
    {
        [TestMethod]
        public void Max_sees_Rileys_deal_waiting_until_he_decides_and_nobody_else_sees_it()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.SetDiscount(org.Riley, org.RileysDeal, 15m);
            org.SetDiscount(org.Tom, org.TomsDeal, 5m);

            CollectionAssert.AreEqual(new[] { org.RileysDeal }, Waiting(org, org.Max));
            Assert.AreEqual(0, Waiting(org, org.Olive).Length, "another team's deal");
            Assert.AreEqual(0, Waiting(org, org.Riley).Length, "a rep does not wait for his own approval");

            org.As(org.Max).Execute(ApproveDealApiTests.ApproveDeal(org.RileysDeal, approve: true, "OK for a three-year term."));

            Assert.AreEqual(0, Waiting(org, org.Max).Length, "decided: no longer waiting");
        }

        private static Guid[] Waiting(SalesOrg org, CrmIndependence.Emulator.Identity.User user)
        {
            var view = SolutionTestLayout.Source.Entities.Single(e => e.LogicalName == Opportunity.EntityName).SavedQueries
                .Single(v => v.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!.Value == "Deals Waiting for My Approval");
            return org.Org.Query(new FetchExpression(view.Element("fetchxml")!.Element("fetch")!.ToString()), user).Entities.Select(e => e.Id).ToArray();
        }
    }
}
