using System;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Involvement
{
    [TestClass]
    public sealed class IdempotencyKeyTests
    {
        private static readonly Guid Subject = new Guid("aaaaaaaa-0000-0000-0000-000000000001");
        private static readonly Guid Operation = new Guid("bbbbbbbb-0000-0000-0000-000000000002");

        [TestMethod]
        public void The_key_is_the_kind_the_subject_the_qualifier_and_the_operation()
        {
            Assert.AreEqual(
                "100000008-aaaaaaaa000000000000000000000001-qualify-bbbbbbbb000000000000000000000002",
                IdempotencyKey.For(SignalKind.StageGateBlocked, Subject, "Qualify", Operation));
        }

        [TestMethod]
        public void Parts_left_out_are_left_out_of_the_key()
        {
            Assert.AreEqual("100000009-aaaaaaaa000000000000000000000001", IdempotencyKey.For(SignalKind.CoachingSkipped, Subject));
            Assert.AreEqual("100000009-aaaaaaaa000000000000000000000001", IdempotencyKey.For(SignalKind.CoachingSkipped, Subject, "", Guid.Empty));
        }

        [TestMethod]
        public void The_same_event_always_gives_the_same_key_and_different_events_different_keys()
        {
            Assert.AreEqual(IdempotencyKey.For(SignalKind.FastResponse, Subject), IdempotencyKey.For(SignalKind.FastResponse, Subject));
            Assert.AreNotEqual(IdempotencyKey.For(SignalKind.FastResponse, Subject), IdempotencyKey.For(SignalKind.UnnecessaryEscalation, Subject));
            Assert.AreNotEqual(
                IdempotencyKey.For(SignalKind.StageGateBlocked, Subject, "qualify"),
                IdempotencyKey.For(SignalKind.StageGateBlocked, Subject, "develop"));
        }

        [TestMethod]
        public void A_long_or_unusual_qualifier_is_replaced_by_a_stable_hash_and_the_key_fits_its_column()
        {
            var key = IdempotencyKey.For(SignalKind.ManagerOverrideWithinAuthority, Subject, "Discount % above the rep's authority", Operation);

            Assert.AreEqual("100000007-aaaaaaaa000000000000000000000001-he40ed5e1df23a7d7-bbbbbbbb000000000000000000000002", key);
            Assert.IsLessThanOrEqualTo(IdempotencyKey.MaximumLength, key.Length);
        }

        [TestMethod]
        public void A_key_needs_a_subject()
        {
            Assert.ThrowsExactly<ArgumentException>(() => IdempotencyKey.For(SignalKind.FastResponse, Guid.Empty));
        }
    }
}
