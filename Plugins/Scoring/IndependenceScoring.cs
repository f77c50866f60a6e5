using System;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Scoring
{
    /// <summary>
    /// The independence score formula (docs/SCORING.md, "The independence score", has the version for managers):
    /// <code>score = max(0, 100 − points)</code>
    /// where <c>points</c> is the sum of the weights of the rep's signals in one week (Monday 00:00 UTC to the
    /// next Monday). Every rep starts each week at 100; each time a manager steps into the rep's work, the
    /// rep escalates what they could decide or skips a step of the process (observe mode), the signal's weight
    /// comes off (see <see cref="SignalKinds.DefaultWeight"/>).
    /// Weights are never negative, so a signal never raises the score, and the score stays within 0–100.
    /// </summary>
    public static class IndependenceScoring
    {
        public const int Maximum = 100;
        public const int Minimum = 0;

        /// <summary>The score for a week's points: 100 minus the points, never below 0.</summary>
        public static int FromPoints(int points)
        {
            if (points < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(points), points, "Points cannot be negative.");
            }

            return Math.Max(Minimum, Maximum - points);
        }

        /// <summary>
        /// The start of the scoring week containing <paramref name="moment"/>: Monday 00:00 UTC (ISO 8601 weeks).
        /// An Unspecified time is taken as UTC; a Local time is converted first.
        /// </summary>
        public static DateTime WeekStart(DateTime moment)
        {
            var utc = UtcTime.Normalize(moment);
            var daysSinceMonday = ((int)utc.DayOfWeek + 6) % 7;
            return DateTime.SpecifyKind(utc.Date.AddDays(-daysSinceMonday), DateTimeKind.Utc);
        }

        public static bool IsWeekStart(DateTime moment) => UtcTime.Normalize(moment) == WeekStart(moment);
    }
}
