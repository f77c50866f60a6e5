using System.Collections.Generic;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>The dependency signals decision authority makes due. Names match <c>SignalKind</c> where one exists.</summary>
    public enum AuthoritySignalKind
    {
        /// <summary>A manager in the owner's chain changed a value the rep was entitled to decide → <c>SignalKind.ManagerOverrideWithinAuthority</c>.</summary>
        ManagerOverrideWithinAuthority,

        /// <summary>
        /// Observe mode: a deal was won with values beyond the owner's authority and no approval (enforce mode
        /// would have refused the Win) → <c>SignalKind.WonWithoutApproval</c>.
        /// </summary>
        WonWithoutApproval,
    }

    /// <summary>
    /// A signal that is due, for the plugin to record against the deal's owner: at most one of each kind per
    /// operation, naming every decision involved.
    /// </summary>
    public sealed record AuthoritySignal(AuthoritySignalKind Kind, IReadOnlyList<Decision> Decisions, string Details);
}
