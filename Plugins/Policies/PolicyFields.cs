using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.Policies
{
    /// <summary>The fields the policy JSON accepts, in the order they are documented.</summary>
    internal static class PolicyFields
    {
        public static readonly PolicyField Mode = new PolicyField("mode", PolicyValueType.Mode, 0, 0, "\"observe\"");
        public static readonly PolicyField ResponseDelayMinutes = Whole("responseDelayMinutes", 0, 1440, SuitePolicy.DefaultResponseDelayMinutes);
        public static readonly PolicyField CoachingCadenceDays = Whole("coachingCadenceDays", 1, 90, SuitePolicy.DefaultCoachingCadenceDays);
        public static readonly PolicyField CoachingOverdueDays = Whole("coachingOverdueDays", 1, 365, SuitePolicy.DefaultCoachingOverdueDays);
        public static readonly PolicyField CoachingCarryOverTopics = Whole("coachingCarryOverTopics", 1, 100, SuitePolicy.DefaultCoachingCarryOverTopics);
        public static readonly PolicyField ManagerChainDepth = Whole("managerChainDepth", 1, 10, SuitePolicy.DefaultManagerChainDepth);
        public static readonly PolicyField ParkedRequestsForCoaching = Whole("parkedRequestsForCoaching", 1, 50, SuitePolicy.DefaultParkedRequestsForCoaching);
        public static readonly PolicyField InvolvementSignalsForCoaching = Whole("involvementSignalsForCoaching", 1, 50, SuitePolicy.DefaultInvolvementSignalsForCoaching);
        public static readonly PolicyField InvolvementWindowDays = Whole("involvementWindowDays", 1, 90, SuitePolicy.DefaultInvolvementWindowDays);
        public static readonly PolicyField SameGateFailuresForCoaching = Whole("sameGateFailuresForCoaching", 1, 50, SuitePolicy.DefaultSameGateFailuresForCoaching);
        public static readonly PolicyField FastResponseShare = new PolicyField("fastResponseShare", PolicyValueType.Fraction, 0m, 1m, PolicyField.Format(SuitePolicy.DefaultFastResponseShare));
        public static readonly PolicyField FastResponseWindowDays = Whole("fastResponseWindowDays", 1, 90, SuitePolicy.DefaultFastResponseWindowDays);
        public static readonly PolicyField TakeOverMinimumActivities = Whole("takeOverMinimumActivities", 1, 1000, SuitePolicy.DefaultTakeOverMinimumActivities);
        public static readonly PolicyField DependencyScoreThreshold = Whole("dependencyScoreThreshold", 0, 100, SuitePolicy.DefaultDependencyScoreThreshold);

        public static readonly IReadOnlyList<PolicyField> All = new[]
        {
            Mode, ResponseDelayMinutes, CoachingCadenceDays, CoachingOverdueDays, CoachingCarryOverTopics, ManagerChainDepth,
            ParkedRequestsForCoaching, InvolvementSignalsForCoaching, InvolvementWindowDays, SameGateFailuresForCoaching,
            FastResponseShare, FastResponseWindowDays, TakeOverMinimumActivities, DependencyScoreThreshold,
        };

        public static PolicyField? Find(string name) => All.FirstOrDefault(field => field.Name == name);

        /// <summary>The known field the unknown <paramref name="name"/> was probably meant to be, if any.</summary>
        public static PolicyField? Closest(string name)
        {
            var sameLetters = All.FirstOrDefault(field => string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase));
            if (sameLetters != null)
            {
                return sameLetters;
            }

            return All
                .Select(field => new { field, distance = EditDistance(field.Name.ToLowerInvariant(), name.ToLowerInvariant()) })
                .Where(candidate => candidate.distance <= 2)
                .OrderBy(candidate => candidate.distance)
                .Select(candidate => candidate.field)
                .FirstOrDefault();
        }

        private static PolicyField Whole(string name, int minimum, int maximum, int defaultValue)
        {
            return new PolicyField(name, PolicyValueType.WholeNumber, minimum, maximum, PolicyField.Format(defaultValue));
        }

        private static int EditDistance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
