using System.Globalization;
using System.Text;

namespace CrmIndependence.Plugins.Policies
{
    /// <summary>Writes a policy as the JSON <see cref="PolicyParser"/> reads back to the same policy.</summary>
    internal static class PolicyJsonWriter
    {
        public static string Write(SuitePolicy policy)
        {
            var json = new StringBuilder("{");
            json.Append("\"mode\":\"").Append(policy.Mode == EnforcementMode.Enforce ? "enforce" : "observe").Append('"');
            Add(json, PolicyFields.ResponseDelayMinutes, policy.ResponseDelayMinutes);
            Add(json, PolicyFields.CoachingCadenceDays, policy.CoachingCadenceDays);
            Add(json, PolicyFields.CoachingOverdueDays, policy.CoachingOverdueDays);
            Add(json, PolicyFields.CoachingCarryOverTopics, policy.CoachingCarryOverTopics);
            Add(json, PolicyFields.ManagerChainDepth, policy.ManagerChainDepth);
            Add(json, PolicyFields.ParkedRequestsForCoaching, policy.ParkedRequestsForCoaching);
            Add(json, PolicyFields.InvolvementSignalsForCoaching, policy.InvolvementSignalsForCoaching);
            Add(json, PolicyFields.InvolvementWindowDays, policy.InvolvementWindowDays);
            Add(json, PolicyFields.SameGateFailuresForCoaching, policy.SameGateFailuresForCoaching);
            Add(json, PolicyFields.FastResponseShare, policy.FastResponseShare);
            Add(json, PolicyFields.FastResponseWindowDays, policy.FastResponseWindowDays);
            Add(json, PolicyFields.TakeOverMinimumActivities, policy.TakeOverMinimumActivities);
            Add(json, PolicyFields.DependencyScoreThreshold, policy.DependencyScoreThreshold);
            return json.Append('}').ToString();
        }

        private static void Add(StringBuilder json, PolicyField field, decimal value)
        {
            json.Append(",\"").Append(field.Name).Append("\":").Append(value.ToString(CultureInfo.InvariantCulture));
        }
    }
}
