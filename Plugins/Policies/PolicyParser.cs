using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.Policies
{
    /// <summary>
    /// Reads the policy JSON strictly: a flat object whose fields are all optional; an absent or blank text
    /// means "every default". Every problem is reported, each naming the field and the values it accepts:
    /// invalid JSON, a value that is not an object, unknown or repeated fields, wrong types (a number in
    /// quotes is text, not a number), fractions where a whole number belongs, values out of range, an unknown
    /// mode, and a coaching overdue period shorter than the cadence. Field names are case-sensitive camelCase;
    /// the mode's value is not case-sensitive.
    /// </summary>
    public static class PolicyParser
    {
        public static PolicyParseResult Parse(string? json)
        {
            if (string.IsNullOrWhiteSpace(json))
            {
                return PolicyParseResult.Valid(SuitePolicy.Default, wasAbsent: true);
            }

            JsonValue root;
            try
            {
                root = JsonReader.Read(json!);
            }
            catch (JsonSyntaxException syntax)
            {
                return PolicyParseResult.Invalid(new[] { new PolicyError(null, syntax.Message) });
            }

            if (root.Kind != JsonKind.Object)
            {
                return PolicyParseResult.Invalid(new[]
                {
                    new PolicyError(null, $"The policy must be a JSON object such as {{\"mode\":\"observe\"}}; found {root.Describe()}."),
                });
            }

            var errors = new List<PolicyError>();
            var values = CollectFields(root, errors);
            var reader = new FieldReader(values, errors);
            var mode = reader.Mode();
            var responseDelayMinutes = reader.WholeNumber(PolicyFields.ResponseDelayMinutes, SuitePolicy.DefaultResponseDelayMinutes);
            var coachingCadenceDays = reader.WholeNumber(PolicyFields.CoachingCadenceDays, SuitePolicy.DefaultCoachingCadenceDays);
            var coachingOverdueDays = reader.WholeNumber(PolicyFields.CoachingOverdueDays, SuitePolicy.DefaultCoachingOverdueDays);
            var carryOverTopics = reader.WholeNumber(PolicyFields.CoachingCarryOverTopics, SuitePolicy.DefaultCoachingCarryOverTopics);
            var managerChainDepth = reader.WholeNumber(PolicyFields.ManagerChainDepth, SuitePolicy.DefaultManagerChainDepth);
            var parkedRequests = reader.WholeNumber(PolicyFields.ParkedRequestsForCoaching, SuitePolicy.DefaultParkedRequestsForCoaching);
            var involvementSignals = reader.WholeNumber(PolicyFields.InvolvementSignalsForCoaching, SuitePolicy.DefaultInvolvementSignalsForCoaching);
            var involvementWindowDays = reader.WholeNumber(PolicyFields.InvolvementWindowDays, SuitePolicy.DefaultInvolvementWindowDays);
            var sameGateFailures = reader.WholeNumber(PolicyFields.SameGateFailuresForCoaching, SuitePolicy.DefaultSameGateFailuresForCoaching);
            var fastResponseShare = reader.Fraction(PolicyFields.FastResponseShare, SuitePolicy.DefaultFastResponseShare);
            var fastResponseWindowDays = reader.WholeNumber(PolicyFields.FastResponseWindowDays, SuitePolicy.DefaultFastResponseWindowDays);
            var takeOverMinimum = reader.WholeNumber(PolicyFields.TakeOverMinimumActivities, SuitePolicy.DefaultTakeOverMinimumActivities);
            var dependencyThreshold = reader.WholeNumber(PolicyFields.DependencyScoreThreshold, SuitePolicy.DefaultDependencyScoreThreshold);

            if (errors.Count == 0 && coachingOverdueDays < coachingCadenceDays)
            {
                errors.Add(new PolicyError(
                    PolicyFields.CoachingOverdueDays.Name,
                    $"coachingOverdueDays ({coachingOverdueDays}) must be at least coachingCadenceDays ({coachingCadenceDays}): " +
                    "a session cannot be overdue before the next one is due."));
            }

            if (errors.Count > 0)
            {
                return PolicyParseResult.Invalid(errors);
            }

            return PolicyParseResult.Valid(
                new SuitePolicy
                {
                    Mode = mode,
                    ResponseDelayMinutes = responseDelayMinutes,
                    CoachingCadenceDays = coachingCadenceDays,
                    CoachingOverdueDays = coachingOverdueDays,
                    CoachingCarryOverTopics = carryOverTopics,
                    ManagerChainDepth = managerChainDepth,
                    ParkedRequestsForCoaching = parkedRequests,
                    InvolvementSignalsForCoaching = involvementSignals,
                    InvolvementWindowDays = involvementWindowDays,
                    SameGateFailuresForCoaching = sameGateFailures,
                    FastResponseShare = fastResponseShare,
                    FastResponseWindowDays = fastResponseWindowDays,
                    TakeOverMinimumActivities = takeOverMinimum,
                    DependencyScoreThreshold = dependencyThreshold,
                },
                wasAbsent: false);
        }

        private static Dictionary<string, JsonValue> CollectFields(JsonValue root, List<PolicyError> errors)
        {
            var values = new Dictionary<string, JsonValue>(StringComparer.Ordinal);
            foreach (var member in root.Members)
            {
                var field = PolicyFields.Find(member.Name);
                if (field == null)
                {
                    errors.Add(new PolicyError(member.Name, UnknownFieldMessage(member)));
                }
                else if (values.ContainsKey(field.Name))
                {
                    errors.Add(new PolicyError(field.Name, $"{field.Name} appears more than once (line {member.Line}); keep only one."));
                }
                else
                {
                    values.Add(field.Name, member.Value);
                }
            }

            return values;
        }

        private static string UnknownFieldMessage(JsonMember member)
        {
            var closest = PolicyFields.Closest(member.Name);
            var suggestion = closest == null ? string.Empty : $" Did you mean \"{closest.Name}\"?";
            return $"Unknown field \"{member.Name}\" (line {member.Line}, column {member.Column}).{suggestion} " +
                   $"The policy accepts: {string.Join(", ", PolicyFields.All.Select(field => field.Name))}.";
        }

        /// <summary>Reads each known field's value, adding an error naming the field when it is not acceptable.</summary>
        private sealed class FieldReader
        {
            private readonly IReadOnlyDictionary<string, JsonValue> _values;
            private readonly List<PolicyError> _errors;

            public FieldReader(IReadOnlyDictionary<string, JsonValue> values, List<PolicyError> errors)
            {
                _values = values;
                _errors = errors;
            }

            public EnforcementMode Mode()
            {
                var field = PolicyFields.Mode;
                if (!_values.TryGetValue(field.Name, out var value))
                {
                    return EnforcementMode.Observe;
                }

                if (value.Kind == JsonKind.String)
                {
                    if (string.Equals(value.Raw, "observe", StringComparison.OrdinalIgnoreCase))
                    {
                        return EnforcementMode.Observe;
                    }

                    if (string.Equals(value.Raw, "enforce", StringComparison.OrdinalIgnoreCase))
                    {
                        return EnforcementMode.Enforce;
                    }
                }

                Reject(field, value);
                return EnforcementMode.Observe;
            }

            public int WholeNumber(PolicyField field, int defaultValue)
            {
                if (!_values.TryGetValue(field.Name, out var value))
                {
                    return defaultValue;
                }

                if (value.Kind == JsonKind.Number && decimal.Truncate(value.Number) == value.Number && field.IsInRange(value.Number))
                {
                    return (int)value.Number;
                }

                Reject(field, value);
                return defaultValue;
            }

            public decimal Fraction(PolicyField field, decimal defaultValue)
            {
                if (!_values.TryGetValue(field.Name, out var value))
                {
                    return defaultValue;
                }

                if (value.Kind == JsonKind.Number && field.IsInRange(value.Number))
                {
                    return value.Number;
                }

                Reject(field, value);
                return defaultValue;
            }

            private void Reject(PolicyField field, JsonValue value)
            {
                var hint = value.Kind == JsonKind.Null
                    ? $" (leave the field out to use the default, {field.DefaultText})"
                    : value.Kind == JsonKind.String && field.Type != PolicyValueType.Mode
                        ? " (write numbers without quotes)"
                        : string.Empty;
                _errors.Add(new PolicyError(field.Name, $"{field.Name} must be {field.Requirement}; found {value.Describe()}{hint}."));
            }
        }
    }
}
