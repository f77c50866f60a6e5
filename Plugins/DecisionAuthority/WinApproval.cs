using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Involvement;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>What the authority check decided about a Win.</summary>
    public enum WinOutcome
    {
        /// <summary>Every value is within the owner's authority, or the values were approved.</summary>
        Allowed,

        /// <summary>Observe mode: values beyond authority without approval; allowed, a signal is due.</summary>
        AllowedWithoutApproval,

        /// <summary>Enforce mode: refused until someone whose authority covers the values approves them.</summary>
        Refused,
    }

    /// <summary>The decision about a Win, with the message to refuse it with and the signal due.</summary>
    public sealed record WinDecision(WinOutcome Outcome, string? RefusalMessage, IReadOnlyList<AuthoritySignal> Signals, string Summary)
    {
        public bool IsAllowed => Outcome != WinOutcome.Refused;
    }

    /// <summary>
    /// Win is the moment approval matters: a deal whose values are beyond its owner's authority is won only
    /// when approved. The values are measured again at Win (so an authority row added since counts), and an
    /// <see cref="ApprovalStatus.Approved"/> status stands for the values approved (any raise since sets it back to Required).
    /// </summary>
    public static class WinApproval
    {
        public static WinDecision Check(AuthorityMatrix matrix, IEnumerable<DecisionValue> values, UserAuthorityProfile owner, ApprovalStatus status, bool enforce)
        {
            if (matrix == null)
            {
                throw new ArgumentNullException(nameof(matrix));
            }

            if (values == null)
            {
                throw new ArgumentNullException(nameof(values));
            }

            if (owner == null)
            {
                throw new ArgumentNullException(nameof(owner));
            }

            var beyond = values
                .Select(value => value.Value.HasValue ? new DecisionFinding(value.Decision, value.Value.Value, matrix.Resolve(value.Decision, owner)) : null)
                .Where(finding => finding != null && !finding.Authority.Covers(finding.Value))
                .Select(finding => finding!)
                .ToList();
            if (beyond.Count == 0 || status == ApprovalStatus.Approved)
            {
                var why = beyond.Count == 0 ? "every value is within the owner's authority" : "the values beyond the owner's authority are approved";
                return new WinDecision(WinOutcome.Allowed, null, new AuthoritySignal[0], $"Decision authority: Win allowed; {why}.");
            }

            var items = string.Join(", ", beyond);
            var message = status == ApprovalStatus.Rejected
                ? $"This deal can't be closed as won: its approval was rejected for {items}. Bring the values within the owner's authority, or change them to ask for approval again."
                : $"This deal can't be closed as won yet: it needs approval for {items}, beyond the owner's authority. Ask someone whose authority covers it to approve it.";
            if (enforce)
            {
                return new WinDecision(WinOutcome.Refused, message, new AuthoritySignal[0], $"Decision authority (enforce): Win refused; approval {status}; beyond authority: {items}.");
            }

            var signals = new[]
            {
                new AuthoritySignal(AuthoritySignalKind.WonWithoutApproval, beyond.Select(finding => finding.Decision).ToList(), $"Won without approval (approval {status}): {items}"),
            };
            return new WinDecision(WinOutcome.AllowedWithoutApproval, null, signals, $"Decision authority (observe): Win allowed; enforce mode would refuse it: approval {status}; beyond authority: {items}.");
        }

        /// <summary>
        /// The manager a won-without-approval signal names: the user who won the deal when they are a manager in
        /// the owner's chain (they closed past the approval themselves), otherwise the owner's direct manager (whose
        /// team the rep is on, and who would have been asked to approve); null when the owner has no manager.
        /// </summary>
        public static Guid? ManagerOf(ManagerChain ownersChain, Guid winnerId)
        {
            if (ownersChain == null)
            {
                throw new ArgumentNullException(nameof(ownersChain));
            }

            return ownersChain.Contains(winnerId) ? winnerId
                : ownersChain.Managers.Count > 0 ? ownersChain.Managers[0]
                : (Guid?)null;
        }
    }
}
