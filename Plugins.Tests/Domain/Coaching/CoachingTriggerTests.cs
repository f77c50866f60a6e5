using System;
using CrmIndependence.Plugins.Coaching;
using CrmIndependence.Plugins.Policies;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Coaching
{
    [TestClass]
    public sealed class CoachingTriggerTests
    {
        private static readonly DateTime Now = new DateTime(2024, 5, 15, 10, 0, 0, DateTimeKind.Utc);
        private static readonly Guid DealA = Guid.NewGuid();
        private static readonly Guid DealB = Guid.NewGuid();

        [TestMethod]
        public void A_rep_coached_recently_with_nothing_pending_needs_no_session()
        {
            Assert.IsNull(CoachingTriggers.Evaluate(Recent(), SuitePolicy.Default, Now));
        }

        [TestMethod]
        public void Three_parked_requests_open_a_session()
        {
            var trigger = CoachingTriggers.Evaluate(Recent() with { ParkedRequests = 3 }, SuitePolicy.Default, Now)!;

            Assert.AreEqual(CoachingTriggerKind.ParkedRequests, trigger.Kind);
            Assert.AreEqual("3 help requests are parked for coaching (threshold 3).", trigger.Reason);
        }

        [TestMethod]
        public void Two_parked_requests_wait_for_a_third()
        {
            Assert.IsNull(CoachingTriggers.Evaluate(Recent() with { ParkedRequests = 2 }, SuitePolicy.Default, Now));
        }

        [TestMethod]
        public void Two_involvement_signals_in_the_window_open_a_session()
        {
            var trigger = CoachingTriggers.Evaluate(Recent() with { InvolvementSignalsInWindow = 2 }, SuitePolicy.Default, Now)!;

            Assert.AreEqual(CoachingTriggerKind.Signals, trigger.Kind);
            Assert.AreEqual("2 manager-involvement signals in the last 7 days (threshold 2).", trigger.Reason);
        }

        [TestMethod]
        public void The_involvement_window_ends_now_and_spans_the_policys_days()
        {
            Assert.AreEqual(Now.AddDays(-7), CoachingTriggers.InvolvementWindowStart(Now, SuitePolicy.Default));
        }

        [TestMethod]
        public void The_same_gate_failing_on_two_deals_opens_a_session()
        {
            var failures = new[] { new GateFailure("req-budget", DealA) { GateName = "Budget confirmed" }, new GateFailure("REQ-BUDGET", DealB) };

            var trigger = CoachingTriggers.Evaluate(Recent() with { GateFailures = failures }, SuitePolicy.Default, Now)!;

            Assert.AreEqual(CoachingTriggerKind.StageGateFailures, trigger.Kind);
            Assert.AreEqual("The stage gate \"Budget confirmed\" failed on 2 deals (threshold 2).", trigger.Reason);
        }

        [TestMethod]
        public void A_gate_nobody_named_is_the_same_stage_gate_never_its_key()
        {
            var key = "00000085-62ce-47d7-bd5d-15a6c0875986";
            var failures = new[] { new GateFailure(key, DealA), new GateFailure(key, DealB) { GateName = " " } };

            var trigger = CoachingTriggers.Evaluate(Recent() with { GateFailures = failures }, SuitePolicy.Default, Now)!;

            Assert.AreEqual(CoachingTriggerKind.StageGateFailures, trigger.Kind);
            Assert.AreEqual("The same stage gate failed on 2 deals (threshold 2).", trigger.Reason);
            Assert.DoesNotContain(key, trigger.Reason);
        }

        [TestMethod]
        public void A_long_gate_name_is_shortened_so_the_other_reasons_still_fit()
        {
            var failures = new[] { new GateFailure("g", DealA) { GateName = new string('n', 500) }, new GateFailure("g", DealB) };

            var trigger = CoachingTriggers.Evaluate(new CoachingSituation(false, Now.AddDays(-30)) { GateFailures = failures }, SuitePolicy.Default, Now)!;

            StringAssert.StartsWith(trigger.Reason, "The stage gate \"" + new string('n', 119) + "…\" failed on 2 deals (threshold 2). No coaching session");
        }

        [TestMethod]
        public void The_same_gate_failing_twice_on_one_deal_is_one_deal()
        {
            var failures = new[] { new GateFailure("req-budget", DealA), new GateFailure("req-budget", DealA) };

            Assert.IsNull(CoachingTriggers.Evaluate(Recent() with { GateFailures = failures }, SuitePolicy.Default, Now));
        }

        [TestMethod]
        public void Different_gates_failing_on_different_deals_are_not_a_pattern()
        {
            var failures = new[] { new GateFailure("req-budget", DealA), new GateFailure("req-champion", DealB) };

            Assert.IsNull(CoachingTriggers.Evaluate(Recent() with { GateFailures = failures }, SuitePolicy.Default, Now));
        }

        [TestMethod]
        public void Fourteen_days_without_a_held_session_open_one()
        {
            var situation = new CoachingSituation(false, Now.AddDays(-100)) { LastHeldSessionUtc = Now.AddDays(-14) };

            var trigger = CoachingTriggers.Evaluate(situation, SuitePolicy.Default, Now)!;

            Assert.AreEqual(CoachingTriggerKind.Cadence, trigger.Kind);
            Assert.AreEqual("No coaching session has been held for 14 days (the policy allows 14).", trigger.Reason);
        }

        [TestMethod]
        public void Thirteen_days_without_a_held_session_are_not_overdue()
        {
            var situation = new CoachingSituation(false, Now.AddDays(-100)) { LastHeldSessionUtc = Now.AddDays(-13.9) };

            Assert.IsNull(CoachingTriggers.Evaluate(situation, SuitePolicy.Default, Now));
        }

        [TestMethod]
        public void A_rep_never_coached_is_overdue_counting_from_when_tracking_started()
        {
            var trigger = CoachingTriggers.Evaluate(new CoachingSituation(false, Now.AddDays(-20)), SuitePolicy.Default, Now)!;

            Assert.AreEqual(CoachingTriggerKind.Cadence, trigger.Kind);
            StringAssert.Contains(trigger.Reason, "in the 20 days since tracking started");
        }

        [TestMethod]
        public void A_rep_with_a_planned_session_never_gets_a_second_one()
        {
            var everything = new CoachingSituation(true, Now.AddDays(-100))
            {
                ParkedRequests = 9,
                InvolvementSignalsInWindow = 9,
                GateFailures = new[] { new GateFailure("g", DealA), new GateFailure("g", DealB) },
            };

            Assert.IsNull(CoachingTriggers.Evaluate(everything, SuitePolicy.Default, Now));
        }

        [TestMethod]
        public void When_several_thresholds_are_crossed_the_first_is_the_trigger_and_the_reason_lists_all()
        {
            var situation = new CoachingSituation(false, Now.AddDays(-30)) { ParkedRequests = 1, InvolvementSignalsInWindow = 4 };

            var trigger = CoachingTriggers.Evaluate(situation, SuitePolicy.Default, Now)!;

            Assert.AreEqual(CoachingTriggerKind.Signals, trigger.Kind);
            Assert.AreEqual(
                "4 manager-involvement signals in the last 7 days (threshold 2). No coaching session has been held in the 30 days since tracking started (the policy allows 14).",
                trigger.Reason);
        }

        [TestMethod]
        public void The_thresholds_come_from_the_policy()
        {
            var policy = new SuitePolicy { ParkedRequestsForCoaching = 1, InvolvementSignalsForCoaching = 5, InvolvementWindowDays = 3 };

            Assert.AreEqual("1 help request is parked for coaching (threshold 1).", CoachingTriggers.Evaluate(Recent() with { ParkedRequests = 1 }, policy, Now)!.Reason);
            Assert.IsNull(CoachingTriggers.Evaluate(Recent() with { InvolvementSignalsInWindow = 4 }, policy, Now));
        }

        [TestMethod]
        public void Negative_counts_are_refused()
        {
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Recent() with { ParkedRequests = -1 });
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Recent() with { InvolvementSignalsInWindow = -2 });
            Assert.ThrowsExactly<ArgumentException>(() => new GateFailure(" ", DealA));
        }

        [TestMethod]
        public void Missing_gate_failures_are_treated_as_none()
        {
            Assert.IsNull(CoachingTriggers.Evaluate(Recent() with { GateFailures = null! }, SuitePolicy.Default, Now));
        }

        private static CoachingSituation Recent() => new CoachingSituation(false, Now.AddDays(-100)) { LastHeldSessionUtc = Now.AddDays(-3) };
    }
}
