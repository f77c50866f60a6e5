using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>What an approver asks for: to approve or to reject the deal's values.</summary>
    public enum ApprovalVerdict
    {
        Approve,
        Reject,
    }

    /// <summary>
    /// The result of someone approving or rejecting a deal's values. When <see cref="IsAccepted"/> the plugin
    /// writes <see cref="Status"/> and <see cref="DecidedBy"/> (the approved-by column: for a rejection, who
    /// rejected); otherwise it refuses the operation with <see cref="RefusalMessage"/>.
    /// </summary>
    public sealed class ApprovalDecision
    {
        internal ApprovalDecision(
            bool isAccepted, ApprovalStatus status, Guid? decidedBy, string? refusalMessage,
            IReadOnlyList<DecisionFinding> uncovered, IReadOnlyList<DecisionValue> approvedValues, string summary)
        {
            ApprovedValues = approvedValues;
            IsAccepted = isAccepted;
            Status = status;
            DecidedBy = decidedBy;
            RefusalMessage = refusalMessage;
            Uncovered = uncovered;
            Summary = summary;
        }

        public bool IsAccepted { get; }

        /// <summary>The status to write when accepted.</summary>
        public ApprovalStatus Status { get; }

        /// <summary>The approver (or rejecter); null when nothing needed approval.</summary>
        public Guid? DecidedBy { get; }

        /// <summary>Why the approver may not decide, naming each value beyond their authority.</summary>
        public string? RefusalMessage { get; }

        /// <summary>The values beyond the approver's authority (when refused), measured against it.</summary>
        public IReadOnlyList<DecisionFinding> Uncovered { get; }

        /// <summary>The values approved (beyond the owner's authority) when <see cref="Status"/> is Approved; otherwise empty.</summary>
        public IReadOnlyList<DecisionValue> ApprovedValues { get; }

        /// <summary>One line for the trace.</summary>
        public string Summary { get; }
    }
}
