using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.Policies
{
    /// <summary>The outcome of <see cref="PolicyParser.Parse"/>: a policy, or every error found.</summary>
    public sealed class PolicyParseResult
    {
        private PolicyParseResult(SuitePolicy? policy, IReadOnlyList<PolicyError> errors, bool wasAbsent)
        {
            Policy = policy;
            Errors = errors;
            WasAbsent = wasAbsent;
        }

        /// <summary>The policy, or null when <see cref="Errors"/> is not empty.</summary>
        public SuitePolicy? Policy { get; }

        public IReadOnlyList<PolicyError> Errors { get; }

        public bool IsValid => Errors.Count == 0;

        /// <summary>True when there was no policy text at all, so <see cref="Policy"/> is <see cref="SuitePolicy.Default"/>.</summary>
        public bool WasAbsent { get; }

        /// <summary>One message listing every error, for an <c>InvalidPluginExecutionException</c> or a trace.</summary>
        public string ErrorSummary =>
            IsValid
                ? string.Empty
                : $"The CrmIndependence policy (environment variable {SuitePolicy.EnvironmentVariableSchemaName}) is not valid: " +
                  string.Join(" ", Errors.Select(error => error.Message));

        internal static PolicyParseResult Valid(SuitePolicy policy, bool wasAbsent) =>
            new PolicyParseResult(policy, new PolicyError[0], wasAbsent);

        internal static PolicyParseResult Invalid(IReadOnlyList<PolicyError> errors) =>
            new PolicyParseResult(null, errors, false);
    }
}
