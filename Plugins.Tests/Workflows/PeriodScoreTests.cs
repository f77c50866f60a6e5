using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Scoring;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Workflows
{
    /// <summary>The period score behind "Calculate independence score" and cri_GetIndependenceScore (plain C#).</summary>
    [TestClass]
    public sealed class PeriodScoreTests
    {
        private static readonly Guid Rep = Guid.NewGuid();

        // Wednesday 15 January 2025; its week starts Monday 13 January.
        private static readonly DateTime Now = new DateTime(2025, 1, 15, 12, 0, 0, DateTimeKind.Utc);

        [TestMethod]
        public void Twenty_eight_days_cover_five_weeks_and_quiet_weeks_count_100()
        {
            var score = PeriodScore.Compute(new[] { Week(2025, 1, 13, SignalKind.ManagerTookOverDeal, 2) }, Now, 28, 0m);

            Assert.AreEqual(new DateTime(2024, 12, 16, 0, 0, 0, DateTimeKind.Utc), score.FromWeekUtc);
            Assert.AreEqual(new DateTime(2025, 1, 13, 0, 0, 0, DateTimeKind.Utc), score.ToWeekUtc);
            Assert.AreEqual(5, score.Weeks);
            Assert.AreEqual(92, score.Score, "(60 + 4 × 100) / 5");
            Assert.AreEqual(2, score.CountOf(SignalKind.ManagerTookOverDeal));
            Assert.AreEqual(2, score.SignalCount);
        }

        [TestMethod]
        public void No_rows_means_100_and_zero_counters()
        {
            var score = PeriodScore.Compute(Array.Empty<WeeklyScore>(), Now, 28, 0m);

            Assert.AreEqual(100, score.Score);
            Assert.AreEqual(0, score.SignalCount);
            Assert.IsTrue(SignalKinds.All.All(kind => score.CountOf(kind) == 0));
        }

        [TestMethod]
        public void Counters_add_up_across_weeks_and_rows_outside_the_period_are_ignored()
        {
            var rows = new[]
            {
                Week(2025, 1, 13, SignalKind.ManagerEditedDeal, 3),
                Week(2025, 1, 6, SignalKind.ManagerEditedDeal, 1),
                Week(2024, 11, 4, SignalKind.ManagerEditedDeal, 10),
            };

            var score = PeriodScore.Compute(rows, Now, 14, 0.25m);

            Assert.AreEqual(3, score.Weeks, "the week of 30 Dec (now − 14 days is 1 Jan) through the week of 13 Jan");
            Assert.AreEqual(4, score.CountOf(SignalKind.ManagerEditedDeal));
            Assert.AreEqual(Math.Round((85m + 95m + 100m) / 3m, MidpointRounding.AwayFromZero), score.Score);
            Assert.AreEqual(0.25m, score.InvolvementRatio);
        }

        [TestMethod]
        public void A_one_day_period_is_the_current_week_or_the_two_weeks_it_spans()
        {
            Assert.AreEqual(1, PeriodScore.Compute(Array.Empty<WeeklyScore>(), Now, 1, 0m).Weeks);
            var monday = new DateTime(2025, 1, 13, 8, 0, 0, DateTimeKind.Utc);
            Assert.AreEqual(2, PeriodScore.Compute(Array.Empty<WeeklyScore>(), monday, 1, 0m).Weeks);
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(-1)]
        [DataRow(PeriodScore.MaximumDays + 1)]
        public void A_period_outside_1_to_731_days_is_refused(int days)
        {
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => PeriodScore.Compute(Array.Empty<WeeklyScore>(), Now, days, 0m));
        }

        [TestMethod]
        public void The_involvement_ratio_is_the_managers_share_of_the_activities()
        {
            Assert.AreEqual(0m, InvolvementShare.Of(0, 0), "nobody logged anything");
            Assert.AreEqual(0m, InvolvementShare.Of(0, 7));
            Assert.AreEqual(1m, InvolvementShare.Of(3, 0));
            Assert.AreEqual(0.3333m, InvolvementShare.Of(1, 2));
            Assert.AreEqual(0.5m, InvolvementShare.Of(4, 4));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => InvolvementShare.Of(-1, 2));
        }

        private static WeeklyScore Week(int year, int month, int day, SignalKind kind, int count) =>
            WeeklyScore.FromStored(Rep, new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc), new Dictionary<SignalKind, int> { [kind] = count });
    }
}
