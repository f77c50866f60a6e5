using System;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.CustomApis;
using CrmIndependence.Plugins.Tests.Product.DecisionAuthority;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// "Deals Waiting for My Approval": my hierarchy's open deals whose approval is Required, never my own; the plugins wrote
    /// every approval (nothing seeded). Everyone may give up to 10% discount, Max up to 25%.
    /// </summary>
    [TestClass]
    public sealed class ApprovalViewsTests
    {
        private const string Waiting = "Deals Waiting for My Approval";

        [TestMethod]
        [ShippedView(Waiting)]
        public void Max_sees_his_reps_deals_beyond_their_authority_until_he_decides_and_nobody_else_sees_them()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            var samsWon = org.Deal("Adventure Works renewal", org.Sam);
            org.SetDiscount(org.Riley, org.RileysDeal, 15m);
            org.SetDiscount(org.Sam, org.SamsDeal, 5m);          // within Sam's authority
            org.SetDiscount(org.Tom, org.TomsDeal, 12m);         // Olive's team
            org.SetDiscount(org.Sam, samsWon, 12m);
            org.Win(org.Sam, samsWon);                           // observe mode: won without approval, no longer open

            org.AssertView(org.Max, Waiting, new[] { org.RileysDeal });
            org.AssertView(org.Olive, Waiting, new[] { org.TomsDeal });
            org.AssertView(org.Director, Waiting, new[] { org.RileysDeal, org.TomsDeal });
            org.AssertView(org.Riley, Waiting, Array.Empty<Guid>(), "a rep does not wait for his own approval");

            org.As(org.Max).Execute(ApproveDealApiTests.ApproveDeal(org.RileysDeal, approve: true, "OK for a three-year term."));

            org.AssertView(org.Max, Waiting, Array.Empty<Guid>(), "decided: no longer waiting");
            org.NoAsyncFailures();
        }
    }
}
