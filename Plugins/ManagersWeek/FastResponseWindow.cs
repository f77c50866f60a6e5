using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Policies;

namespace CrmIndependence.Plugins.ManagersWeek
{
    /// <summary>
    /// Habit 1 over the policy's window: of the non-urgent requests a manager answered in the last
    /// <c>fastResponseWindowDays</c> (up to and including <c>asOf</c>), the share answered inside the delay. The manager
    /// is flagged when that share is MORE than <c>fastResponseShare</c> (docs/INSTALL.md, *Settings*: "more than this share").
    /// </summary>
    public sealed class FastResponseWindow
    {
        private FastResponseWindow(int answered, int insideDelay, bool flagged, int windowDays)
        {
            Answered = answered;
            InsideDelay = insideDelay;
            Flagged = flagged;
            WindowDays = windowDays;
        }

        public int Answered { get; }

        public int InsideDelay { get; }

        /// <summary>Whole percent; null without answers in the window.</summary>
        public int? SharePercent => ManagerWeek.Percent(InsideDelay, Answered);

        public bool Flagged { get; }

        public int WindowDays { get; }

        /// <summary>The first week whose answers can fall in the window ending at <paramref name="asOfUtc"/>.</summary>
        public static DateTime FirstWeek(DateTime asOfUtc, SuitePolicy policy) =>
            Scoring.IndependenceScoring.WeekStart(asOfUtc.AddDays(-(policy ?? throw new ArgumentNullException(nameof(policy))).FastResponseWindowDays));

        public static FastResponseWindow Over(IEnumerable<CountedAnswer> answers, DateTime asOfUtc, SuitePolicy policy)
        {
            if (policy == null)
            {
                throw new ArgumentNullException(nameof(policy));
            }

            var from = asOfUtc.AddDays(-policy.FastResponseWindowDays);
            var inWindow = (answers ?? throw new ArgumentNullException(nameof(answers)))
                .Where(answer => answer.AnsweredOnUtc > from && answer.AnsweredOnUtc <= asOfUtc)
                .ToArray();
            var inside = inWindow.Count(answer => answer.InsideDelay);
            var flagged = inWindow.Length > 0 && (decimal)inside / inWindow.Length > policy.FastResponseShare;
            return new FastResponseWindow(inWindow.Length, inside, flagged, policy.FastResponseWindowDays);
        }
    }
}
