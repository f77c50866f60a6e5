using System;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>"Deals Where I Am Over-Involved": the open deals on which the plugins recorded a signal of mine in the last 30 days.</summary>
    [TestClass]
    public sealed class DealViewsTests
    {
        private const string OverInvolved = "Deals Where I Am Over-Involved";

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
