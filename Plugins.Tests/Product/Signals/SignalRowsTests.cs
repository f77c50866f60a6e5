using System;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using CrmIndependence.Plugins.Signals.Platform;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Signals
{
    /// <summary>
    /// The one mapping between a signal and its row (docs/ARCHITECTURE.md, "The signal kernel"): the row a deferred
    /// signal travels as gives back the same signal, every column included, and carries the weight as the decimal the
    /// column is; the row the recorder upserts is addressed by the idempotency key.
    /// </summary>
    [TestClass]
    public sealed class SignalRowsTests
    {
        private static readonly DateTime Occurred = new DateTime(2025, 1, 8, 10, 30, 0, DateTimeKind.Utc);

        [TestMethod]
        public void A_deferred_signal_comes_back_with_every_column_the_coaching_session_included()
        {
            var signal = FullSignal();

            var back = SignalRows.FromRow(SignalRows.ToRow(signal));

            Assert.AreEqual(signal, back);
            Assert.AreEqual(signal.CoachingSessionId, back.CoachingSessionId);
            Assert.AreEqual(7, back.Weight);
        }

        [TestMethod]
        public void The_row_holds_the_weight_as_the_decimal_of_its_column_and_the_rep_as_owner()
        {
            var row = SignalRows.ToRow(FullSignal());

            Assert.AreEqual(7m, row[DependencySignal.Weight]);
            Assert.AreEqual(row.GetAttributeValue<EntityReference>(DependencySignal.RepId).Id, row.GetAttributeValue<EntityReference>(DependencySignal.OwnerId).Id);
            Assert.AreEqual(SignalKinds.Label(SignalKind.ManagerEditedDeal), row[DependencySignal.PrimaryName]);
        }

        [TestMethod]
        public void The_upserted_row_is_addressed_by_the_idempotency_key_and_does_not_repeat_it_as_a_column()
        {
            var signal = FullSignal();

            var row = SignalRows.ForUpsert(signal);

            Assert.AreEqual(signal.IdempotencyKey, row.KeyAttributes[DependencySignal.IdempotencyKey]);
            Assert.IsFalse(row.Contains(DependencySignal.IdempotencyKey), "Upsert ignores a Target column named in KeyAttributes (docs/PLATFORM.md)");
            Assert.AreEqual(SignalRows.ToRow(signal).Attributes.Count - 1, row.Attributes.Count, "every other column is the same as the deferred row's");
        }

        [TestMethod]
        public void The_operation_time_is_when_the_platform_started_the_operation_as_utc()
        {
            var org = new SalesOrg();
            var context = HandMadeContext.AsyncCreate(org, new Entity(DependencySignal.EntityName, Guid.NewGuid()), org.Org.SystemUser.Id);

            var now = OperationTime.Of(context);

            Assert.AreEqual(org.Org.Now, now);
            Assert.AreEqual(DateTimeKind.Utc, now.Kind);
        }

        private static Signal FullSignal()
        {
            var deal = Guid.NewGuid();
            return new Signal(SignalKind.ManagerEditedDeal, Guid.NewGuid(), Occurred, "Max Manager changed the estimated revenue.", IdempotencyKey.For(SignalKind.ManagerEditedDeal, deal, "estimatedvalue"))
            {
                ManagerId = Guid.NewGuid(),
                OpportunityId = deal,
                RelatedActivityId = Guid.NewGuid(),
                GateName = "Budget confirmed",
                CoachingSessionId = Guid.NewGuid(),
                Weight = 7,
            };
        }
    }
}
