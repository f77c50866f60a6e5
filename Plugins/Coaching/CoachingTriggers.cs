using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>
    /// When a coaching session opens by itself. Never while the rep has a planned session (at most one open per
    /// rep). Otherwise when any threshold of the policy is crossed: parked requests, manager-involvement signals
    /// within the window, the same stage gate failing on several deals, or no session held for the overdue
    /// period. When several are crossed, the trigger is the first in that order and the reason lists them all.
    /// </summary>
    public static class CoachingTriggers
    {
        /// <summary>The longest gate name quoted in a reason, so the other reasons still fit the agenda's "Why now" line.</summary>
        private const int GateNameLength = 120;

        public static CoachingTrigger? Evaluate(CoachingSituation situation, SuitePolicy policy, DateTime nowUtc)
        {
            if (situation == null)
            {
                throw new ArgumentNullException(nameof(situation));
            }

            if (policy == null)
            {
                throw new ArgumentNullException(nameof(policy));
            }

            if (situation.HasOpenSession)
            {
                return null;
            }

            var now = UtcTime.Normalize(nowUtc);
            var crossed = new List<CoachingTriggerKind>();
            var reasons = new List<string>();

            if (situation.ParkedRequests >= policy.ParkedRequestsForCoaching)
            {
                crossed.Add(CoachingTriggerKind.ParkedRequests);
                reasons.Add($"{Count(situation.ParkedRequests, "help request is", "help requests are")} parked for coaching (threshold {policy.ParkedRequestsForCoaching}).");
            }

            if (situation.InvolvementSignalsInWindow >= policy.InvolvementSignalsForCoaching)
            {
                crossed.Add(CoachingTriggerKind.Signals);
                reasons.Add($"{Count(situation.InvolvementSignalsInWindow, "manager-involvement signal", "manager-involvement signals")} " +
                            $"in the last {Count(policy.InvolvementWindowDays, "day", "days")} (threshold {policy.InvolvementSignalsForCoaching}).");
            }

            var gate = MostRepeatedGate(situation.GateFailures ?? new GateFailure[0]);
            if (gate != null && gate.Deals >= policy.SameGateFailuresForCoaching)
            {
                crossed.Add(CoachingTriggerKind.StageGateFailures);
                var which = gate.Name == null ? "The same stage gate" : $"The stage gate \"{AgendaText.OneLine(gate.Name, GateNameLength)}\"";
                reasons.Add($"{which} failed on {Count(gate.Deals, "deal", "deals")} (threshold {policy.SameGateFailuresForCoaching}).");
            }

            var overdue = OverdueReason(situation, policy, now);
            if (overdue != null)
            {
                crossed.Add(CoachingTriggerKind.Cadence);
                reasons.Add(overdue);
            }

            return crossed.Count == 0 ? null : new CoachingTrigger(crossed[0], string.Join(" ", reasons));
        }

        /// <summary>The first moment of the window in which involvement signals are counted.</summary>
        public static DateTime InvolvementWindowStart(DateTime nowUtc, SuitePolicy policy) =>
            UtcTime.Normalize(nowUtc).AddDays(-(policy ?? throw new ArgumentNullException(nameof(policy))).InvolvementWindowDays);

        private static string? OverdueReason(CoachingSituation situation, SuitePolicy policy, DateTime now)
        {
            var since = situation.LastHeldSessionUtc.HasValue ? UtcTime.Normalize(situation.LastHeldSessionUtc.Value) : situation.TrackingSinceUtc;
            var elapsed = now - since;
            if (elapsed < TimeSpan.FromDays(policy.CoachingOverdueDays))
            {
                return null;
            }

            var days = Count((int)Math.Floor(elapsed.TotalDays), "day", "days");
            return situation.LastHeldSessionUtc.HasValue
                ? $"No coaching session has been held for {days} (the policy allows {policy.CoachingOverdueDays})."
                : $"No coaching session has been held in the {days} since tracking started (the policy allows {policy.CoachingOverdueDays}).";
        }

        /// <summary>
        /// The gate that failed on the most deals. Its name is the first one a failure carries; the key (a stage
        /// requirement's id) is only for grouping and never shown: a manager reads "the same stage gate" instead.
        /// </summary>
        private static RepeatedGate? MostRepeatedGate(IEnumerable<GateFailure> failures)
        {
            return failures
                .Where(failure => failure != null)
                .GroupBy(failure => failure.GateKey, StringComparer.OrdinalIgnoreCase)
                .Select(group => new RepeatedGate(
                    group.Key,
                    group.Select(failure => failure.GateName).FirstOrDefault(name => !string.IsNullOrWhiteSpace(name))?.Trim(),
                    group.Select(failure => failure.OpportunityId).Distinct().Count()))
                .OrderByDescending(gate => gate.Deals)
                .ThenBy(gate => gate.Name ?? gate.Key, StringComparer.Ordinal)
                .FirstOrDefault();
        }

        private static string Count(int count, string singular, string plural) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

        private sealed class RepeatedGate
        {
            public RepeatedGate(string key, string? name, int deals)
            {
                Key = key;
                Name = name;
                Deals = deals;
            }

            public string Key { get; }

            /// <summary>How people call the gate, or null when no failure carried a name.</summary>
            public string? Name { get; }

            public int Deals { get; }
        }
    }
}
