using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>What to do with an approve or reject asked through <c>cri_ApproveDeal</c>.</summary>
    public enum ApprovalRequestOutcome
    {
        /// <summary>Give the verdict: the entitlement rule (<see cref="Approval"/>) decides whether the caller may.</summary>
        Decide,

        /// <summary>The deal already has this verdict (a retried call): nothing to write.</summary>
        AlreadyDecided,

        /// <summary>The request is refused with <see cref="ApprovalRequestCheck.RefusalMessage"/>.</summary>
        Refused,
    }

    /// <summary>The answer to an approval request before the entitlement rule runs.</summary>
    public sealed record ApprovalRequestCheck(ApprovalRequestOutcome Outcome, string? RefusalMessage);

    /// <summary>
    /// The rules of an approval asked for by name (the command-bar buttons, a Power Automate approval flow, an
    /// integration) that come before who may decide: a rejection says why (the rep reads it on the deal), the
    /// comment fits its column, a deal with nothing beyond its owner's authority has nothing to approve, and asking
    /// for the verdict the deal already has is a retry, not a second decision. Who may approve is
    /// <see cref="Approval"/>'s rule, the same one a user setting the status on the form meets.
    /// </summary>
    public static class ApprovalRequests
    {
        /// <summary>The approval comment column's length.</summary>
        public const int CommentMaxLength = 2000;

        public static ApprovalRequestCheck Check(ApprovalStatus current, ApprovalVerdict verdict, string? comment)
        {
            var verb = verdict == ApprovalVerdict.Approve ? "approve" : "reject";
            if (verdict == ApprovalVerdict.Reject && string.IsNullOrWhiteSpace(comment))
            {
                return Refused("Say why you reject this deal in the comment: the rep reads it on the deal to know what to change.");
            }

            if (comment != null && comment.Length > CommentMaxLength)
            {
                return Refused($"The comment has {comment.Length} characters; keep it to {CommentMaxLength}.");
            }

            if (current == ApprovalStatus.NotRequired)
            {
                return Refused($"There is nothing to {verb} on this deal: every governed value is within its owner's authority.");
            }

            var already = verdict == ApprovalVerdict.Approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected;
            return current == already
                ? new ApprovalRequestCheck(ApprovalRequestOutcome.AlreadyDecided, null)
                : new ApprovalRequestCheck(ApprovalRequestOutcome.Decide, null);
        }

        /// <summary>
        /// In words, what is beyond the owner's authority, for the deal's "Beyond the rep's authority" column:
        /// "discount percentage 15% (authority up to 10%)", one item per line; null when nothing is.
        /// </summary>
        public static string? BeyondAuthorityText(IReadOnlyList<DecisionFinding> beyond) =>
            beyond == null || beyond.Count == 0 ? null : string.Join("\n", beyond.Select(finding => finding.ToString()));

        private static ApprovalRequestCheck Refused(string message) => new ApprovalRequestCheck(ApprovalRequestOutcome.Refused, message);
    }
}
