using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Bookkeeping
{
    /// <summary>
    /// What the suite counts on a deal (activities by the owner and by managers, the activities it counted, the
    /// take-over flag, the last manager touch) is counted by the suite: values a user sends are dropped from the save,
    /// which goes through, and traced. The suite's own writes run as SYSTEM
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/impersonate-a-user: CreateOrganizationService(null)).
    /// </summary>
    [TestClass]
    public sealed class ForgedCountersTests
    {
        [TestMethod]
        public void The_deal_owner_setting_take_over_signalled_is_dropped_and_the_take_over_by_share_is_still_recorded()
        {
            var org = new SalesOrg();
            org.Edit(org.Riley, org.RileysDeal, Opportunity.TakeoverSignalled, true);
            Assert.AreNotEqual(true, org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<bool?>(Opportunity.TakeoverSignalled));

            for (var call = 0; call < 4; call++)
            {
                org.LogActivity(org.Max, org.RileysDeal);
            }

            Assert.AreEqual(1, org.SignalsOf(DependencySignal.KindOption.DealTakeOverByShare).Length);
            Assert.AreEqual(true, org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<bool?>(Opportunity.TakeoverSignalled));
        }

        [TestMethod]
        public void Activity_counters_a_user_sends_are_dropped_and_traced()
        {
            var org = new SalesOrg();
            org.LogActivity(org.Max, org.RileysDeal);
            var before = org.Read(Opportunity.EntityName, org.RileysDeal);

            org.As(org.Riley).Update(new Entity(Opportunity.EntityName, org.RileysDeal)
            {
                [Opportunity.RepActivityCount] = 100,
                [Opportunity.ManagerActivityCount] = 0,
                [Opportunity.CountedActivities] = string.Empty,
                [Opportunity.LastManagerTouch] = org.Org.Now.AddYears(-1),
                [Opportunity.Description] = "Updated by Riley",
            });

            var after = org.Read(Opportunity.EntityName, org.RileysDeal);
            Assert.AreEqual("Updated by Riley", after.GetAttributeValue<string>(Opportunity.Description), "the rest of the save went through");
            foreach (var column in new[] { Opportunity.RepActivityCount, Opportunity.ManagerActivityCount, Opportunity.CountedActivities, Opportunity.LastManagerTouch })
            {
                Assert.AreEqual(before[column], after[column], column);
            }

            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "Rep activities (cri_repactivitycount), Manager activities (cri_manageractivitycount)");
        }

        [TestMethod]
        public void A_deal_created_with_counters_filled_in_starts_from_none()
        {
            var org = new SalesOrg();

            var deal = org.As(org.Riley).Create(new Entity(Opportunity.EntityName)
            {
                [Opportunity.PrimaryName] = "Imported deal",
                [Opportunity.RepActivityCount] = 40,
                [Opportunity.ManagerActivityCount] = 0,
                [Opportunity.TakeoverSignalled] = true,
            });
            org.LogActivity(org.Max, deal);

            Assert.AreEqual(0, org.RepCount(deal));
            Assert.AreEqual(1, org.ManagerCount(deal));
            Assert.AreNotEqual(true, org.Read(Opportunity.EntityName, deal).GetAttributeValue<bool?>(Opportunity.TakeoverSignalled));
        }
    }
}
