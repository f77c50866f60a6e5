using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Scoring;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Scoring
{
    [TestClass]
    public sealed class WeeklyScoreTests
    {
        private static readonly Guid Riley = new Guid("00000000-0000-0000-0000-000000000001");
        private static readonly DateTime Wednesday = new DateTime(2024, 5, 15, 14, 0, 0, DateTimeKind.Utc);
        private static readonly DateTime Monday = new DateTime(2024, 5, 13, 0, 0, 0, DateTimeKind.Utc);

        [TestMethod]
        public void Every_rep_starts_the_week_at_100()
        {
            var week = WeeklyScore.Empty(Riley, Wednesday);

            Assert.AreEqual(100, week.Score);
            Assert.AreEqual(0, week.Points);
            Assert.AreEqual(0, week.TotalSignals);
            Assert.AreEqual(Monday, week.WeekStartUtc);
            Assert.HasCount(11, week.Counts);
        }

        [TestMethod]
        public void Worked_example_a_week_with_two_manager_edits_and_a_take_over_scores_70()
        {
            var week = Apply(WeeklyScore.Empty(Riley, Wednesday), SignalKind.ManagerEditedDeal, SignalKind.ManagerEditedDeal, SignalKind.ManagerTookOverDeal);

            Assert.AreEqual(30, week.Points);
            Assert.AreEqual(70, week.Score);
            Assert.AreEqual(2, week.CountOf(SignalKind.ManagerEditedDeal));
            Assert.AreEqual(1, week.CountOf(SignalKind.ManagerTookOverDeal));
            Assert.AreEqual(3, week.TotalSignals);
        }

        [TestMethod]
        public void Worked_example_a_manager_running_the_deal_takes_the_rep_below_the_dependency_threshold()
        {
            // 4 manager activities (12), the take-over by share (15), an edit of the stage (5) and the manager winning the deal (15).
            var week = Apply(
                WeeklyScore.Empty(Riley, Wednesday),
                SignalKind.ManagerActivityOnDeal, SignalKind.ManagerActivityOnDeal, SignalKind.ManagerActivityOnDeal, SignalKind.ManagerActivityOnDeal,
                SignalKind.DealTakeOverByShare, SignalKind.ManagerEditedDeal, SignalKind.ManagerClosedDeal);

            Assert.AreEqual(47, week.Points);
            Assert.AreEqual(53, week.Score);
            Assert.IsTrue(week.IsDependent(SuitePolicy.Default));
        }

        [TestMethod]
        public void Worked_example_one_fast_answer_and_one_unnecessary_escalation_leave_the_rep_independent()
        {
            var week = Apply(WeeklyScore.Empty(Riley, Wednesday), SignalKind.FastResponse, SignalKind.UnnecessaryEscalation);

            Assert.AreEqual(92, week.Score);
            Assert.IsFalse(week.IsDependent(SuitePolicy.Default));
        }

        [TestMethod]
        public void Worked_example_a_win_without_approval_a_missed_stage_gate_and_a_manager_edit_score_87()
        {
            var week = Apply(WeeklyScore.Empty(Riley, Wednesday), SignalKind.WonWithoutApproval, SignalKind.StageGateBlocked, SignalKind.ManagerEditedDeal);

            Assert.AreEqual(13, week.Points);
            Assert.AreEqual(87, week.Score);
            Assert.AreEqual(1, week.CountOf(SignalKind.WonWithoutApproval));
            Assert.AreEqual(1, week.CountOf(SignalKind.StageGateBlocked));
        }

        [TestMethod]
        public void A_stored_row_counts_wins_without_approval_at_their_default_weight()
        {
            var stored = WeeklyScore.FromStored(Riley, Monday, new Dictionary<SignalKind, int> { [SignalKind.WonWithoutApproval] = 2 });

            Assert.AreEqual(8, stored.Points);
            Assert.AreEqual(92, stored.Score);
            var week = stored.Apply(NewSignal(SignalKind.WonWithoutApproval));
            Assert.AreEqual(3, week.CountOf(SignalKind.WonWithoutApproval));
            Assert.AreEqual(88, week.Score);
        }

        [TestMethod]
        public void The_score_never_goes_below_zero_but_the_points_keep_counting()
        {
            var signals = Enumerable.Repeat(SignalKind.ManagerTookOverDeal, 7).ToArray();

            var week = Apply(WeeklyScore.Empty(Riley, Wednesday), signals);

            Assert.AreEqual(0, week.Score);
            Assert.AreEqual(140, week.Points);
        }

        [TestMethod]
        public void No_signal_of_any_kind_ever_raises_the_score()
        {
            var starts = new[]
            {
                WeeklyScore.Empty(Riley, Wednesday),
                Apply(WeeklyScore.Empty(Riley, Wednesday), SignalKind.ManagerEditedDeal),
                Apply(WeeklyScore.Empty(Riley, Wednesday), Enumerable.Repeat(SignalKind.ManagerClosedDeal, 6).ToArray()),
                Apply(WeeklyScore.Empty(Riley, Wednesday), Enumerable.Repeat(SignalKind.ManagerClosedDeal, 7).ToArray()),
            };

            foreach (var start in starts)
            {
                foreach (var kind in SignalKinds.All)
                {
                    var after = start.Apply(NewSignal(kind));
                    Assert.IsLessThanOrEqualTo(start.Score, after.Score, $"{kind} after a score of {start.Score}");
                    Assert.IsGreaterThanOrEqualTo(0, after.Score);
                    Assert.IsLessThanOrEqualTo(100, after.Score);
                }
            }
        }

        [TestMethod]
        public void Every_kind_costs_points_so_every_signal_lowers_a_score_above_zero()
        {
            foreach (var kind in SignalKinds.All)
            {
                Assert.IsLessThan(100, WeeklyScore.Empty(Riley, Wednesday).Apply(NewSignal(kind)).Score, kind.ToString());
            }
        }

        [TestMethod]
        public void A_signal_counts_under_its_own_kind_only()
        {
            var week = WeeklyScore.Empty(Riley, Wednesday).Apply(NewSignal(SignalKind.StageGateBlocked));

            foreach (var kind in SignalKinds.All)
            {
                Assert.AreEqual(kind == SignalKind.StageGateBlocked ? 1 : 0, week.CountOf(kind), kind.ToString());
            }
        }

        [TestMethod]
        public void The_signals_own_weight_is_what_it_costs()
        {
            var week = WeeklyScore.Empty(Riley, Wednesday).Apply(NewSignal(SignalKind.ManagerEditedDeal) with { Weight = 0 });

            Assert.AreEqual(100, week.Score);
            Assert.AreEqual(1, week.CountOf(SignalKind.ManagerEditedDeal));
        }

        [TestMethod]
        public void Applying_a_signal_leaves_the_previous_row_unchanged()
        {
            var before = WeeklyScore.Empty(Riley, Wednesday);

            before.Apply(NewSignal(SignalKind.ManagerTookOverDeal));

            Assert.AreEqual(100, before.Score);
            Assert.AreEqual(0, before.CountOf(SignalKind.ManagerTookOverDeal));
        }

        [TestMethod]
        public void Incremental_updates_match_the_sum_of_the_weights_of_the_weeks_signals()
        {
            var kinds = SignalKinds.All.Concat(SignalKinds.All).Concat(new[] { SignalKind.FastResponse }).ToArray();

            var week = Apply(WeeklyScore.Empty(Riley, Wednesday), kinds);

            Assert.AreEqual(kinds.Sum(SignalKinds.DefaultWeight), week.Points);
            Assert.AreEqual(Math.Max(0, 100 - week.Points), week.Score);
            Assert.AreEqual(kinds.Length, week.TotalSignals);
        }

        [TestMethod]
        public void A_stored_row_continues_where_it_left_off()
        {
            var stored = WeeklyScore.FromStored(Riley, Monday, new Dictionary<SignalKind, int> { [SignalKind.ManagerEditedDeal] = 2 }, 10);

            var week = stored.Apply(NewSignal(SignalKind.ManagerEditedDeal));

            Assert.AreEqual(3, week.CountOf(SignalKind.ManagerEditedDeal));
            Assert.AreEqual(0, week.CountOf(SignalKind.CoachingSkipped));
            Assert.AreEqual(85, week.Score);
        }

        [TestMethod]
        public void A_stored_row_without_points_takes_them_from_the_counts_and_default_weights()
        {
            var counts = new Dictionary<SignalKind, int> { [SignalKind.ManagerEditedDeal] = 2, [SignalKind.ManagerTookOverDeal] = 1 };

            var stored = WeeklyScore.FromStored(Riley, Monday, counts);

            Assert.AreEqual(30, stored.Points);
            Assert.AreEqual(70, stored.Score);
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() =>
                WeeklyScore.FromStored(Riley, Monday, new Dictionary<SignalKind, int> { [SignalKind.FastResponse] = -1 }));
        }

        [TestMethod]
        public void A_stored_row_with_bad_values_is_refused()
        {
            var none = new Dictionary<SignalKind, int>();

            Assert.ThrowsExactly<ArgumentException>(() => WeeklyScore.FromStored(Riley, Wednesday, none, 0));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => WeeklyScore.FromStored(Riley, Monday, none, -5));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() =>
                WeeklyScore.FromStored(Riley, Monday, new Dictionary<SignalKind, int> { [SignalKind.FastResponse] = -1 }, 0));
            Assert.ThrowsExactly<ArgumentException>(() => WeeklyScore.Empty(Guid.Empty, Monday));
        }

        [TestMethod]
        public void A_signal_of_another_rep_or_another_week_is_refused()
        {
            var week = WeeklyScore.Empty(Riley, Wednesday);

            Assert.ThrowsExactly<ArgumentException>(() => week.Apply(new Signal(SignalKind.FastResponse, Guid.NewGuid(), Wednesday, "d", "k")));
            Assert.ThrowsExactly<ArgumentException>(() => week.Apply(new Signal(SignalKind.FastResponse, Riley, Monday.AddSeconds(-1), "d", "k")));
            Assert.ThrowsExactly<ArgumentNullException>(() => week.Apply(null!));
        }

        [TestMethod]
        [DataRow(0, 100)]
        [DataRow(1, 99)]
        [DataRow(40, 60)]
        [DataRow(100, 0)]
        [DataRow(250, 0)]
        public void The_score_is_100_minus_the_points_with_a_floor_of_zero(int points, int score)
        {
            Assert.AreEqual(score, IndependenceScoring.FromPoints(points));
        }

        [TestMethod]
        public void Negative_points_are_refused()
        {
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => IndependenceScoring.FromPoints(-1));
        }

        [TestMethod]
        public void Removing_a_deleted_signal_takes_its_kind_and_its_points_off()
        {
            var week = Apply(WeeklyScore.Empty(Riley, Wednesday), SignalKind.ManagerEditedDeal, SignalKind.ManagerTookOverDeal);

            var after = week.Remove(NewSignal(SignalKind.ManagerTookOverDeal));

            Assert.AreEqual(0, after.CountOf(SignalKind.ManagerTookOverDeal));
            Assert.AreEqual(1, after.CountOf(SignalKind.ManagerEditedDeal));
            Assert.AreEqual(5, after.Points);
            Assert.AreEqual(95, after.Score);
        }

        [TestMethod]
        public void Removing_a_kind_the_week_does_not_count_changes_nothing()
        {
            var week = Apply(WeeklyScore.Empty(Riley, Wednesday), SignalKind.ManagerEditedDeal);

            var after = week.Remove(NewSignal(SignalKind.FastResponse));

            Assert.AreSame(week, after);
        }

        [TestMethod]
        public void Removing_a_signal_of_another_week_is_refused()
        {
            var week = Apply(WeeklyScore.Empty(Riley, Wednesday), SignalKind.ManagerEditedDeal);
            var nextWeek = new Signal(SignalKind.ManagerEditedDeal, Riley, Wednesday.AddDays(7), "A signal.", IdempotencyKey.For(SignalKind.ManagerEditedDeal, Guid.NewGuid()));

            var error = Assert.ThrowsExactly<ArgumentException>(() => week.Remove(nextWeek));

            StringAssert.Contains(error.Message, "apply it to the row of its own week");
        }

        private static WeeklyScore Apply(WeeklyScore week, params SignalKind[] kinds) =>
            kinds.Aggregate(week, (current, kind) => current.Apply(NewSignal(kind)));

        private static Signal NewSignal(SignalKind kind) =>
            new Signal(kind, Riley, Wednesday, "A signal.", IdempotencyKey.For(kind, Guid.NewGuid()));
    }
}
