using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Scoring
{
    /// <summary>
    /// A rep's independence over a period of days ending now, from the weekly rows (<see cref="WeeklyScore"/>; docs/INSTALL.md, "Workflows and custom APIs"):
    /// <list type="bullet">
    /// <item>The period covers every scoring week (Monday 00:00 UTC) that overlaps the last <c>days</c> days: from the
    /// week containing <c>now − days</c> through the current week. A week counts whole, as its row does.</item>
    /// <item><see cref="Score"/> is the average of those weeks' scores, rounded half away from zero; a week without a
    /// row had no signal, so it counts 100. A quiet week is a good week.</item>
    /// <item>The counters are the sums of the weeks' counts per signal kind.</item>
    /// <item><see cref="InvolvementRatio"/> is manager activities ÷ (manager + rep activities) on the rep's deals
    /// (see <see cref="InvolvementShare.Of"/>): supplied by the caller, because the activities the rep logs are counted per
    /// deal, not per week.</item>
    /// </list>
    /// Plain C#, no SDK: the custom API and the workflow activity both build it through IndependenceScoreReader.
    /// </summary>
    public sealed class PeriodScore
    {
        public const int DefaultDays = 28;

        /// <summary>The longest period: two years of weekly rows.</summary>
        public const int MaximumDays = 731;

        private PeriodScore(DateTime fromWeekUtc, DateTime toWeekUtc, int weeks, int score, IReadOnlyDictionary<SignalKind, int> counts, decimal involvementRatio)
        {
            FromWeekUtc = fromWeekUtc;
            ToWeekUtc = toWeekUtc;
            Weeks = weeks;
            Score = score;
            Counts = counts;
            InvolvementRatio = involvementRatio;
        }

        /// <summary>The first week of the period (Monday 00:00 UTC).</summary>
        public DateTime FromWeekUtc { get; }

        /// <summary>The last week of the period: the current week.</summary>
        public DateTime ToWeekUtc { get; }

        /// <summary>How many weeks the average is over.</summary>
        public int Weeks { get; }

        /// <summary>0–100, the average weekly score.</summary>
        public int Score { get; }

        /// <summary>Every signal kind with its count over the period (zero included).</summary>
        public IReadOnlyDictionary<SignalKind, int> Counts { get; }

        /// <summary>0–1: the managers' share of the activities on the rep's deals.</summary>
        public decimal InvolvementRatio { get; }

        public int SignalCount => Counts.Values.Sum();

        public int CountOf(SignalKind kind) => Counts.TryGetValue(kind, out var count) ? count : 0;

        /// <summary>The first week a period of <paramref name="days"/> ending at <paramref name="nowUtc"/> covers: the rows to read start there.</summary>
        public static DateTime FirstWeek(DateTime nowUtc, int days)
        {
            RequireDays(days);
            return IndependenceScoring.WeekStart(UtcTime.Normalize(nowUtc).AddDays(-days));
        }

        /// <summary>Rejects a period the API cannot answer, with a message the caller can act on.</summary>
        public static void RequireDays(int days)
        {
            if (days < 1 || days > MaximumDays)
            {
                throw new ArgumentOutOfRangeException(nameof(days), days, $"The period must be between 1 and {MaximumDays} days; {days} is not.");
            }
        }

        /// <summary>
        /// The period's score. Rows outside the period are ignored; two rows for the same week (which the alternate key
        /// prevents) would count as one week with the lower score.
        /// </summary>
        public static PeriodScore Compute(IEnumerable<WeeklyScore> rows, DateTime nowUtc, int days, decimal involvementRatio)
        {
            if (rows == null)
            {
                throw new ArgumentNullException(nameof(rows));
            }

            if (involvementRatio < 0m || involvementRatio > 1m)
            {
                throw new ArgumentOutOfRangeException(nameof(involvementRatio), involvementRatio, "The involvement ratio is between 0 and 1.");
            }

            var first = FirstWeek(nowUtc, days);
            var last = IndependenceScoring.WeekStart(nowUtc);
            var weeks = (int)((last - first).TotalDays / 7) + 1;
            var inPeriod = rows
                .Where(row => row != null)
                .Select(row => new { Week = IndependenceScoring.WeekStart(row.WeekStartUtc), Row = row })
                .Where(item => item.Week >= first && item.Week <= last)
                .ToList();

            var scoreByWeek = inPeriod
                .GroupBy(item => item.Week)
                .ToDictionary(group => group.Key, group => group.Min(item => item.Row.Score));
            var total = scoreByWeek.Values.Sum() + (weeks - scoreByWeek.Count) * IndependenceScoring.Maximum;
            var score = (int)Math.Round((decimal)total / weeks, 0, MidpointRounding.AwayFromZero);

            var counts = SignalKinds.All.ToDictionary(kind => kind, kind => inPeriod.Sum(item => item.Row.CountOf(kind)));
            return new PeriodScore(first, last, weeks, score, counts, involvementRatio);
        }
    }
}
