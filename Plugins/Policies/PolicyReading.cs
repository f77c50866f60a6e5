using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.Policies
{
    /// <summary>Where the policy in effect came from.</summary>
    public enum PolicySource
    {
        /// <summary>The environment variable has no value: every default applies.</summary>
        Defaults = 0,

        /// <summary>The environment variable's JSON, with defaults for the fields it leaves out.</summary>
        Variable = 1,

        /// <summary>
        /// The stored JSON is invalid (it was saved before the validation step existed, or edited outside it):
        /// every default applies, so observe mode, and the errors are traced. Nobody is blocked by a broken policy.
        /// </summary>
        DefaultsBecauseInvalid = 2,
    }

    /// <summary>The policy in effect at one moment, as the policy cache (<c>Platform/PolicyCache.cs</c>) hands it out.</summary>
    public sealed class PolicyReading
    {
        public PolicyReading(SuitePolicy policy, PolicySource source, IReadOnlyList<PolicyError> errors, DateTime loadedAtUtc)
        {
            Policy = policy ?? throw new ArgumentNullException(nameof(policy));
            Source = source;
            Errors = errors ?? throw new ArgumentNullException(nameof(errors));
            LoadedAtUtc = loadedAtUtc;
        }

        /// <summary>The policy to apply. Never null: invalid JSON yields <see cref="SuitePolicy.Default"/>.</summary>
        public SuitePolicy Policy { get; }

        public PolicySource Source { get; }

        /// <summary>The problems with the stored JSON when <see cref="Source"/> is <see cref="PolicySource.DefaultsBecauseInvalid"/>.</summary>
        public IReadOnlyList<PolicyError> Errors { get; }

        public DateTime LoadedAtUtc { get; }

        /// <summary>Turns the stored JSON into the policy to apply: its own when valid, the defaults otherwise.</summary>
        public static PolicyReading FromJson(string? json, DateTime loadedAtUtc)
        {
            var parsed = PolicyParser.Parse(json);
            if (parsed.Policy == null)
            {
                return new PolicyReading(SuitePolicy.Default, PolicySource.DefaultsBecauseInvalid, parsed.Errors, loadedAtUtc);
            }

            return new PolicyReading(parsed.Policy, parsed.WasAbsent ? PolicySource.Defaults : PolicySource.Variable, parsed.Errors, loadedAtUtc);
        }

        /// <summary>A trace line: mode, source and, when the stored policy is invalid, why.</summary>
        public string Describe()
        {
            switch (Source)
            {
                case PolicySource.Defaults:
                    return $"Policy: {SuitePolicy.EnvironmentVariableSchemaName} has no value; defaults apply ({Policy.Mode} mode).";
                case PolicySource.Variable:
                    return $"Policy: {Policy.Mode} mode, from {SuitePolicy.EnvironmentVariableSchemaName} loaded at {LoadedAtUtc:u}.";
                default:
                    return $"Policy: the stored {SuitePolicy.EnvironmentVariableSchemaName} is invalid, so defaults apply ({Policy.Mode} mode). " +
                           string.Join(" ", Errors);
            }
        }
    }
}
