using System;
using System.Linq;
using CrmIndependence.Plugins.Coaching;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Coaching
{
    [TestClass]
    public sealed class CoachingLifecycleTests
    {
        private static readonly Guid SessionId = new Guid("50000000-0000-0000-0000-000000000001");
        private static readonly Guid Riley = new Guid("00000000-0000-0000-0000-000000000001");
        private static readonly Guid Morgan = new Guid("00000000-0000-0000-0000-00000000000b");
        private static readonly Guid Dana = new Guid("00000000-0000-0000-0000-00000000000d");
        private static readonly DateTime Scheduled = new DateTime(2024, 5, 21, 9, 0, 0, DateTimeKind.Utc);
        private static readonly DateTime Now = new DateTime(2024, 5, 21, 8, 0, 0, DateTimeKind.Utc);

        private static readonly AgendaTopic Parked = new AgendaTopic(Guid.NewGuid(), TopicSource.ParkedRequest, "Discount for Contoso", Now.AddDays(-3));
        private static readonly AgendaTopic Resolved = new AgendaTopic(Guid.NewGuid(), TopicSource.Signal, "Manager edited deal", Now.AddDays(-2)) { IsResolved = true };
        private static readonly AgendaTopic AlreadyCarried =
            new AgendaTopic(Guid.NewGuid(), TopicSource.CarriedOver, "Fabrikam pricing", Now.AddDays(-20)) { OriginalSource = TopicSource.StageGateFailure };

        [TestMethod]
        public void Holding_a_session_carries_unresolved_topics_to_the_next_one_on_the_cadence()
        {
            var heldOn = new DateTime(2024, 5, 21, 9, 45, 0, DateTimeKind.Utc);

            var change = CoachingLifecycle.Hold(Planned(), heldOn, SuitePolicy.Default);

            Assert.IsTrue(change.IsAccepted);
            Assert.AreEqual(CoachingSessionStatus.Held, change.NewStatus);
            Assert.IsNull(change.Signal);
            var next = change.Next!;
            Assert.AreEqual(heldOn.AddDays(7), next.StartUtc);
            Assert.AreEqual(SessionId, next.PreviousSessionId);
            Assert.AreEqual(CoachingTriggerKind.Cadence, next.Trigger);
            Assert.AreEqual(TopicHandling.CarryOverAsNew, next.Handling);
            CollectionAssert.AreEqual(new[] { Parked.Id, AlreadyCarried.Id }, next.Topics.Select(topic => topic.Id).ToArray());
            Assert.IsTrue(next.Topics.All(topic => topic.Source == TopicSource.CarriedOver));
        }

        [TestMethod]
        public void A_carried_over_topic_remembers_where_it_first_came_from()
        {
            var next = CoachingLifecycle.Hold(Planned(), Now, SuitePolicy.Default).Next!;

            Assert.AreEqual(TopicSource.ParkedRequest, next.Topics.Single(topic => topic.Id == Parked.Id).OriginalSource);
            Assert.AreEqual(TopicSource.StageGateFailure, next.Topics.Single(topic => topic.Id == AlreadyCarried.Id).OriginalSource);
        }

        [TestMethod]
        public void Holding_carries_over_at_most_the_policy_limit_parked_requests_first_then_the_most_recent()
        {
            var oldParked = new AgendaTopic(Guid.NewGuid(), TopicSource.ParkedRequest, "Old parked request", Now.AddDays(-60));
            var signals = Enumerable.Range(1, 5)
                .Select(day => new AgendaTopic(Guid.NewGuid(), TopicSource.Signal, $"Manager edited deal {day}", Now.AddDays(-day)))
                .ToArray();
            var session = Planned() with { Topics = signals.Append(oldParked).ToArray() };

            var next = CoachingLifecycle.Hold(session, Now, new SuitePolicy { CoachingCarryOverTopics = 3 }).Next!;

            CollectionAssert.AreEqual(
                new[] { signals[0].Id, signals[1].Id, oldParked.Id },
                next.Topics.Select(topic => topic.Id).ToArray(),
                "the parked request (a rep is waiting on it) and the two most recent signals, in the session's order");
            Assert.AreEqual(3, next.LeftOnHeldSession, "the three older signals stay on the held session");
        }

        [TestMethod]
        public void Within_the_limit_every_unresolved_topic_carries_over_and_none_is_left()
        {
            var next = CoachingLifecycle.Hold(Planned(), Now, new SuitePolicy { CoachingCarryOverTopics = 2 }).Next!;

            Assert.AreEqual(2, next.Topics.Count);
            Assert.AreEqual(0, next.LeftOnHeldSession);
        }

        [TestMethod]
        public void The_cadence_comes_from_the_policy()
        {
            var next = CoachingLifecycle.Hold(Planned(), Now, new SuitePolicy { CoachingCadenceDays = 14 }).Next!;

            Assert.AreEqual(Now.AddDays(14), next.StartUtc);
        }

        [TestMethod]
        public void Skipping_needs_a_reason_and_a_new_date()
        {
            var change = CoachingLifecycle.Skip(Planned(), null, null, Now);

            Assert.IsFalse(change.IsAccepted);
            Assert.AreEqual(CoachingSessionStatus.Planned, change.NewStatus);
            CollectionAssert.AreEqual(new[] { "reason", "new date" }, change.Missing.ToArray());
            Assert.AreEqual(
                "To skip this coaching session, give a reason and a new date, so the coaching still happens. " +
                "Missing: the reason (Skip reason) and the new date (Rescheduled to).",
                change.Error);
            Assert.IsNull(change.Next);
            Assert.IsNull(change.Signal);
        }

        [TestMethod]
        [DataRow(null)]
        [DataRow("")]
        [DataRow("   ")]
        public void A_blank_reason_is_no_reason(string? reason)
        {
            var change = CoachingLifecycle.Skip(Planned(), reason, Now.AddDays(2), Now);

            CollectionAssert.AreEqual(new[] { "reason" }, change.Missing.ToArray());
            StringAssert.Contains(change.Error, "Missing: the reason (Skip reason).");
        }

        [TestMethod]
        public void A_skip_without_a_new_date_names_the_date()
        {
            var change = CoachingLifecycle.Skip(Planned(), "Customer visit", null, Now);

            CollectionAssert.AreEqual(new[] { "new date" }, change.Missing.ToArray());
            StringAssert.Contains(change.Error, "Missing: the new date (Rescheduled to).");
        }

        [TestMethod]
        public void The_new_date_must_be_in_the_future()
        {
            var change = CoachingLifecycle.Skip(Planned(), "Customer visit", Now.AddHours(-1), Now);

            Assert.IsFalse(change.IsAccepted);
            Assert.AreEqual(
                "To skip this coaching session, the new date (Rescheduled to) must be in the future; Tue 21 May 2024, 07:00 UTC has already passed.",
                change.Error);
        }

        [TestMethod]
        public void A_skipped_session_moves_its_topics_to_the_new_date_and_records_a_signal()
        {
            var newDate = new DateTime(2024, 5, 23, 9, 0, 0, DateTimeKind.Utc);

            var change = CoachingLifecycle.Skip(Planned(), "Customer visit in Leeds", newDate, Now, skippedBy: Dana);

            Assert.IsTrue(change.IsAccepted);
            Assert.AreEqual(CoachingSessionStatus.Skipped, change.NewStatus);
            Assert.AreEqual(newDate, change.Next!.StartUtc);
            Assert.AreEqual(TopicHandling.MoveUnchanged, change.Next.Handling);
            Assert.AreEqual(CoachingTriggerKind.ParkedRequests, change.Next.Trigger);
            Assert.HasCount(3, change.Next.Topics);
            var signal = change.Signal!;
            Assert.AreEqual(SignalKind.CoachingSkipped, signal.Kind);
            Assert.AreEqual(Riley, signal.RepId);
            Assert.AreEqual(Dana, signal.ManagerId);
            Assert.AreEqual(SessionId, signal.CoachingSessionId);
            Assert.AreEqual(Now, signal.OccurredOnUtc);
            Assert.AreEqual("100000009-50000000000000000000000000000001", signal.IdempotencyKey);
            Assert.AreEqual(
                "The coaching session planned for Tue 21 May 2024, 09:00 UTC was skipped. Reason: \"Customer visit in Leeds\". New date: Thu 23 May 2024, 09:00 UTC.",
                signal.Details);
        }

        [TestMethod]
        public void The_skip_signal_names_the_sessions_manager_when_nobody_else_is_known()
        {
            Assert.AreEqual(Morgan, CoachingLifecycle.Skip(Planned(), "Ill", Now.AddDays(1), Now).Signal!.ManagerId);
        }

        [TestMethod]
        public void Cancelling_needs_a_reason_and_a_new_date_but_records_no_signal()
        {
            var refused = CoachingLifecycle.Cancel(Planned(), " ", null, Now);
            var accepted = CoachingLifecycle.Cancel(Planned(), "Team offsite", Now.AddDays(3), Now);

            CollectionAssert.AreEqual(new[] { "reason", "new date" }, refused.Missing.ToArray());
            StringAssert.StartsWith(refused.Error, "To cancel this coaching session, give a reason and a new date");
            Assert.AreEqual(CoachingSessionStatus.Cancelled, accepted.NewStatus);
            Assert.AreEqual(Now.AddDays(3), accepted.Next!.StartUtc);
            Assert.IsNull(accepted.Signal);
        }

        [TestMethod]
        public void Rescheduling_needs_only_a_new_date()
        {
            var refused = CoachingLifecycle.Reschedule(Planned(), null, Now);
            var accepted = CoachingLifecycle.Reschedule(Planned(), Now.AddDays(1), Now);

            CollectionAssert.AreEqual(new[] { "new date" }, refused.Missing.ToArray());
            Assert.AreEqual("To reschedule this coaching session, give a new date, so the coaching still happens. Missing: the new date (Rescheduled to).", refused.Error);
            Assert.AreEqual(CoachingSessionStatus.Rescheduled, accepted.NewStatus);
            Assert.AreEqual(TopicHandling.MoveUnchanged, accepted.Next!.Handling);
            Assert.IsNull(accepted.Signal);
        }

        [TestMethod]
        [DataRow(CoachingSessionStatus.Held, "held")]
        [DataRow(CoachingSessionStatus.Skipped, "skipped")]
        [DataRow(CoachingSessionStatus.Rescheduled, "rescheduled")]
        [DataRow(CoachingSessionStatus.Cancelled, "cancelled")]
        public void Only_a_planned_session_changes(CoachingSessionStatus status, string words)
        {
            var session = new CoachingSessionState(SessionId, Riley, status, Scheduled);

            var skip = CoachingLifecycle.Skip(session, "reason", Now.AddDays(1), Now);
            var hold = CoachingLifecycle.Hold(session, Now, SuitePolicy.Default);

            Assert.IsFalse(skip.IsAccepted);
            Assert.AreEqual(status, skip.NewStatus);
            Assert.AreEqual($"This coaching session is already {words}, so it cannot be skipped: only a planned session changes. Open the rep's planned session instead.", skip.Error);
            Assert.IsFalse(hold.IsAccepted);
        }

        [TestMethod]
        public void A_status_change_is_dispatched_to_its_rule()
        {
            Assert.AreEqual(CoachingSessionStatus.Held, CoachingLifecycle.Change(Planned(), CoachingSessionStatus.Held, null, null, Now, SuitePolicy.Default).NewStatus);
            Assert.AreEqual(Now.AddDays(7), CoachingLifecycle.Change(Planned(), CoachingSessionStatus.Held, null, null, Now, SuitePolicy.Default).Next!.StartUtc);
            Assert.IsFalse(CoachingLifecycle.Change(Planned(), CoachingSessionStatus.Skipped, null, null, Now, SuitePolicy.Default).IsAccepted);
            Assert.AreEqual(Dana, CoachingLifecycle.Change(Planned(), CoachingSessionStatus.Skipped, "Ill", Now.AddDays(1), Now, SuitePolicy.Default, Dana).Signal!.ManagerId);
            Assert.IsTrue(CoachingLifecycle.Change(Planned(), CoachingSessionStatus.Planned, null, null, Now, SuitePolicy.Default).IsAccepted);
            Assert.IsFalse(CoachingLifecycle.Change(Planned() with { }, CoachingSessionStatus.Cancelled, "x", null, Now, SuitePolicy.Default).IsAccepted);
        }

        [TestMethod]
        public void A_held_session_cannot_be_made_planned_again()
        {
            var held = new CoachingSessionState(SessionId, Riley, CoachingSessionStatus.Held, Scheduled);

            var change = CoachingLifecycle.Change(held, CoachingSessionStatus.Planned, null, null, Now, SuitePolicy.Default);

            Assert.IsFalse(change.IsAccepted);
            StringAssert.Contains(change.Error, "already held, so it cannot be planned again");
        }

        [TestMethod]
        public void Status_option_values_are_stable()
        {
            CollectionAssert.AreEqual(
                new[] { 100000000, 100000001, 100000002, 100000003, 100000004 },
                new[] { CoachingSessionStatus.Planned, CoachingSessionStatus.Held, CoachingSessionStatus.Skipped, CoachingSessionStatus.Rescheduled, CoachingSessionStatus.Cancelled }
                    .Select(status => (int)status).ToArray());
            CollectionAssert.AreEqual(
                new[] { 100000000, 100000001, 100000002, 100000003, 100000004 },
                new[] { CoachingTriggerKind.Cadence, CoachingTriggerKind.Signals, CoachingTriggerKind.ParkedRequests, CoachingTriggerKind.StageGateFailures, CoachingTriggerKind.Manual }
                    .Select(trigger => (int)trigger).ToArray());
            CollectionAssert.AreEqual(
                new[] { 100000000, 100000001, 100000002, 100000003, 100000004 },
                new[] { TopicSource.ParkedRequest, TopicSource.Signal, TopicSource.StageGateFailure, TopicSource.CarriedOver, TopicSource.Manual }
                    .Select(source => (int)source).ToArray());
        }

        [TestMethod]
        public void A_session_needs_its_id_and_rep()
        {
            Assert.ThrowsExactly<ArgumentException>(() => new CoachingSessionState(Guid.Empty, Riley, CoachingSessionStatus.Planned, Scheduled));
            Assert.ThrowsExactly<ArgumentException>(() => new CoachingSessionState(SessionId, Guid.Empty, CoachingSessionStatus.Planned, Scheduled));
            Assert.ThrowsExactly<ArgumentNullException>(() => CoachingLifecycle.Hold(null!, Now, SuitePolicy.Default));
        }

        private static CoachingSessionState Planned() =>
            new CoachingSessionState(SessionId, Riley, CoachingSessionStatus.Planned, Scheduled)
            {
                ManagerId = Morgan,
                Trigger = CoachingTriggerKind.ParkedRequests,
                Topics = new[] { Parked, Resolved, AlreadyCarried },
            };
    }
}
