using System;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.CustomApis;
using CrmIndependence.Plugins.Tests.Product.DecisionAuthority;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// "Deals Where I Am Over-Involved": the open deals on which the plugins recorded a signal of mine in the last 30 days.
    /// "Deals Waiting for My Approval": my reports' open deals the plugins marked as needing an approval, until it is given.
    /// </summary>
    [TestClass]
    public sealed class DealViewsTests
    {
        private const string OverInvolved = "Deals Where I Am Over-Involved";
        private const string WaitingForApproval = "Deals Waiting for My Approval";

        [TestMethod]
        [ShippedView(WaitingForApproval)]
        public void My_reports_deals_beyond_their_authority_wait_for_me_until_I_decide_and_nobody_else_sees_them()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            var samsWon = org.Deal("Adventure Works renewal", org.Sam);
            org.SetDiscount(org.Riley, org.RileysDeal, 15m);   // beyond Riley's 10 %: the plugins mark it Required
            org.SetDiscount(org.Sam, org.SamsDeal, 5m);        // inside Sam's authority: nothing to approve
            org.SetDiscount(org.Tom, org.TomsDeal, 12m);       // Olive's team
            org.SetDiscount(org.Sam, samsWon, 12m);
            org.Win(org.Sam, samsWon);                         // observe mode: won without approval, no longer open

            org.AssertView(org.Max, WaitingForApproval, new[] { org.RileysDeal });
            org.AssertView(org.Olive, WaitingForApproval, new[] { org.TomsDeal }, "only her team's deal");
            org.AssertView(org.Director, WaitingForApproval, new[] { org.RileysDeal, org.TomsDeal }, "the whole hierarchy below her");
            org.AssertView(org.Riley, WaitingForApproval, Array.Empty<Guid>(), "a rep does not wait for his own approval");

            org.As(org.Max).Execute(ApproveDealApiTests.ApproveDeal(org.RileysDeal, approve: true, "OK for a three-year term."));

            org.AssertView(org.Max, WaitingForApproval, Array.Empty<Guid>(), "decided: no longer waiting");
            org.NoAsyncFailures();
        }

        [TestMethod]
        [ShippedView(OverInvolved)]
        public void The_open_deals_where_my_own_signals_were_recorded_in_the_last_30_days_each_once()
        {
            var org = new SalesOrg();
            var wonDeal = org.Deal("Adventure Works renewal", org.Riley);
            org.Edit(org.Max, org.RileysDeal, Opportunity.EstimatedValue);
            org.LogActivity(org.Max, org.RileysDeal);                        // a second signal of Max on the same deal
            org.Edit(org.Director, org.SamsDeal, Opportunity.EstimatedValue); // Dana stepped in, not Max
            org.Edit(org.Olive, org.TomsDeal, Opportunity.EstimatedValue);
            org.Edit(org.Max, wonDeal, Opportunity.EstimatedValue);
            org.Win(org.Max, wonDeal);                                       // closed: no longer open

            org.AssertView(org.Max, OverInvolved, new[] { org.RileysDeal });
            org.AssertView(org.Director, OverInvolved, new[] { org.SamsDeal });
            org.AssertView(org.Olive, OverInvolved, new[] { org.TomsDeal });
            org.AssertView(org.Riley, OverInvolved, Array.Empty<Guid>(), "a rep's own edits are no signal");

            org.Clock.Advance(TimeSpan.FromDays(32));
            org.AssertView(org.Max, OverInvolved, Array.Empty<Guid>(), "the signals are older than 30 days");
            org.NoAsyncFailures();
        }
    }
}
