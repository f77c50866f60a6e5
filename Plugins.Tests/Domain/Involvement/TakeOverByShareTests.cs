using System;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.Involvement.SalesOrg;

namespace CrmIndependence.Plugins.Tests.Domain.Involvement
{
    [TestClass]
    public sealed class TakeOverByShareTests
    {
        [TestMethod]
        [DataRow(3, 4, true, DisplayName = "4 manager activities against 3: taken over")]
        [DataRow(0, 4, true, DisplayName = "4 manager activities, none by the rep: taken over")]
        [DataRow(5, 6, true, DisplayName = "6 against 5: taken over")]
        [DataRow(4, 4, false, DisplayName = "an equal share is not more")]
        [DataRow(0, 3, false, DisplayName = "3 manager activities are below the minimum of 4")]
        [DataRow(10, 9, false, DisplayName = "the rep still does more")]
        public void A_deal_is_taken_over_when_managers_do_more_than_the_rep_and_at_least_the_minimum(int rep, int managers, bool takenOver)
        {
            Assert.AreEqual(takenOver, TakeOverByShare.IsReached(new DealActivityCounters(rep, managers), SuitePolicy.Default));
        }

        [TestMethod]
        public void The_minimum_comes_from_the_policy()
        {
            var counters = new DealActivityCounters(0, 2);

            Assert.IsFalse(TakeOverByShare.IsReached(counters, SuitePolicy.Default));
            Assert.IsTrue(TakeOverByShare.IsReached(counters, new SuitePolicy { TakeOverMinimumActivities = 2 }));
        }

        [TestMethod]
        public void Over_a_deals_life_the_take_over_is_recorded_exactly_once()
        {
            var counters = DealActivityCounters.Zero;
            var recorded = false;
            var signals = 0;
            var authors = new[]
            {
                ActivityAuthor.Owner, ActivityAuthor.Manager, ActivityAuthor.Manager, ActivityAuthor.Other, ActivityAuthor.Manager,
                ActivityAuthor.Manager, ActivityAuthor.Manager, ActivityAuthor.Owner, ActivityAuthor.Manager, ActivityAuthor.Manager,
            };

            foreach (var author in authors)
            {
                counters = counters.After(author);
                var signal = TakeOverByShare.Evaluate(RileysDeal(), By(author == ActivityAuthor.Manager ? Morgan : Riley), author, counters, recorded, SuitePolicy.Default);
                if (signal != null)
                {
                    signals++;
                    recorded = true;
                    Assert.AreEqual("Managers now do most of the work on \"Contoso renewal\": 4 manager activities against 1 by Riley Chen.", signal.Details);
                }
            }

            Assert.AreEqual(1, signals);
            Assert.AreEqual(new DealActivityCounters(2, 7), counters);
        }

        [TestMethod]
        public void The_take_over_signal_names_the_manager_whose_activity_tipped_the_share()
        {
            var signal = TakeOverByShare.Evaluate(RileysDeal(), By(Morgan), ActivityAuthor.Manager, new DealActivityCounters(1, 4), false, SuitePolicy.Default)!;

            Assert.AreEqual(SignalKind.DealTakeOverByShare, signal.Kind);
            Assert.AreEqual(Riley, signal.RepId);
            Assert.AreEqual(Morgan, signal.ManagerId);
            Assert.AreEqual(Deal, signal.OpportunityId);
            Assert.AreEqual(15, signal.Weight);
        }

        [TestMethod]
        public void The_take_over_key_is_the_deal_alone_so_any_operation_records_it_once()
        {
            var first = TakeOverByShare.Evaluate(RileysDeal(), By(Morgan), ActivityAuthor.Manager, new DealActivityCounters(1, 4), false, SuitePolicy.Default)!;
            var other = TakeOverByShare.Evaluate(RileysDeal(), By(Dana, operation: Guid.NewGuid()), ActivityAuthor.Manager, new DealActivityCounters(1, 5), false, SuitePolicy.Default)!;

            Assert.AreEqual("100000004-11111111111111111111111111111111", first.IdempotencyKey);
            Assert.AreEqual(first.IdempotencyKey, other.IdempotencyKey);
        }

        [TestMethod]
        public void An_already_recorded_take_over_or_a_team_owned_deal_records_nothing()
        {
            var counters = new DealActivityCounters(0, 9);

            Assert.IsNull(TakeOverByShare.Evaluate(RileysDeal(), By(Morgan), ActivityAuthor.Manager, counters, true, SuitePolicy.Default));
            Assert.IsNull(TakeOverByShare.Evaluate(TeamDeal(), By(Morgan), ActivityAuthor.Manager, counters, false, SuitePolicy.Default));
        }

        [TestMethod]
        public void Counters_count_the_owner_and_managers_and_ignore_others()
        {
            var counters = DealActivityCounters.Zero.After(ActivityAuthor.Owner).After(ActivityAuthor.Manager).After(ActivityAuthor.Other);

            Assert.AreEqual(1, counters.OwnerActivities);
            Assert.AreEqual(1, counters.ManagerActivities);
        }

        [TestMethod]
        public void Empty_stored_counters_read_as_zero_and_negative_counters_are_refused()
        {
            Assert.AreEqual(DealActivityCounters.Zero, DealActivityCounters.FromStored(null, null));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new DealActivityCounters(-1, 0));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => DealActivityCounters.FromStored(0, -3));
        }
    }
}
