using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// Approving or rejecting a deal's values beyond its owner's authority. Only someone whose own authority
    /// covers every such value may approve or reject; anyone else (the owner included) is refused with a
    /// message naming each value and their limit. When nothing is beyond the owner's authority there is
    /// nothing to decide: the result is accepted as <see cref="ApprovalStatus.NotRequired"/>.
    /// </summary>
    public static class Approval
    {
        /// <param name="matrix">The authority configuration.</param>
        /// <param name="values">The deal's governed values, as they stand.</param>
        /// <param name="owner">The deal's owner.</param>
        /// <param name="approver">The initiating user who approves or rejects.</param>
        /// <param name="verdict">Approve or reject.</param>
        public static ApprovalDecision Decide(
            AuthorityMatrix matrix, IEnumerable<DecisionValue> values, UserAuthorityProfile owner, UserAuthorityProfile approver, ApprovalVerdict verdict)
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

            if (approver == null)
            {
                throw new ArgumentNullException(nameof(approver));
            }

            var beyond = values.Where(value => !matrix.Resolve(value.Decision, owner).Covers(value.Value)).ToList();
            if (beyond.Count == 0)
            {
                return new ApprovalDecision(true, ApprovalStatus.NotRequired, null, null, new DecisionFinding[0], new DecisionValue[0], "Decision authority: nothing on the deal is beyond its owner's authority; approval is not required.");
            }

            var uncovered = beyond
                .Select(value => new DecisionFinding(value.Decision, value.Value!.Value, matrix.Resolve(value.Decision, approver)))
                .Where(finding => !finding.Authority.Covers(finding.Value))
                .ToList();
            var verb = verdict == ApprovalVerdict.Approve ? "approve" : "reject";
            if (uncovered.Count > 0)
            {
                var asks = string.Join("; ", uncovered.Select(finding =>
                    $"it asks for a {finding.Decision.Label} of {finding.Decision.Format(finding.Value)} and your authority covers {finding.Authority.Describe()}"));
                var message = $"You can't {verb} this deal: {asks}. Someone whose authority covers it has to {verb} it.";
                return new ApprovalDecision(false, ApprovalStatus.Required, null, message, uncovered, new DecisionValue[0], $"Decision authority: {verb} refused; beyond the user's authority: {string.Join(", ", uncovered)}.");
            }

            var status = verdict == ApprovalVerdict.Approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected;
            var decided = string.Join(", ", beyond.Select(value => $"{value.Decision.Label} {value.Decision.Format(value.Value!.Value)}"));
            var approved = status == ApprovalStatus.Approved ? beyond : new List<DecisionValue>();
            return new ApprovalDecision(true, status, approver.UserId, null, new DecisionFinding[0], approved, $"Decision authority: {status} by {approver.UserId}: {decided}.");
        }
    }
}
