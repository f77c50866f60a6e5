using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// What a change of governed values means for the deal's approval. The plugin writes
    /// <see cref="Status"/> and <see cref="ApprovedBy"/> (in the same operation, PreOperation) when
    /// <see cref="ApprovalChanged"/>, records every <see cref="Signals"/> entry and traces <see cref="Summary"/>.
    /// A change is never refused: only Win is (see <see cref="WinApproval"/>).
    /// </summary>
    public sealed class ChangeAssessment
    {
        internal ChangeAssessment(
            ApprovalStatus status, Guid? approvedBy, bool approvalChanged,
            IReadOnlyList<DecisionFinding> beyondOwnerAuthority, IReadOnlyList<DecisionFinding> awaitingApproval,
            IReadOnlyList<DecisionValue> approvedValues, IReadOnlyList<AuthoritySignal> signals, string summary)
        {
            Status = status;
            ApprovedBy = approvedBy;
            ApprovalChanged = approvalChanged;
            BeyondOwnerAuthority = beyondOwnerAuthority;
            AwaitingApproval = awaitingApproval;
            ApprovedValues = approvedValues;
            Signals = signals;
            Summary = summary;
        }

        /// <summary>The approval status the deal has after the change.</summary>
        public ApprovalStatus Status { get; }

        /// <summary>Who approved (or rejected), or null.</summary>
        public Guid? ApprovedBy { get; }

        /// <summary>Whether <see cref="Status"/> or <see cref="ApprovedBy"/> differ from before.</summary>
        public bool ApprovalChanged { get; }

        /// <summary>Every governed value beyond the owner's authority after the change.</summary>
        public IReadOnlyList<DecisionFinding> BeyondOwnerAuthority { get; }

        /// <summary>The values that still need someone's approval (empty unless Required or Rejected).</summary>
        public IReadOnlyList<DecisionFinding> AwaitingApproval { get; }

        /// <summary>
        /// The values this operation approved (the acting user's authority covered them); empty when it
        /// approved nothing. Store them as the approved values; clear stored ones when <see cref="Status"/> is
        /// not Approved.
        /// </summary>
        public IReadOnlyList<DecisionValue> ApprovedValues { get; }

        /// <summary>Signals due (manager overrides within the rep's authority).</summary>
        public IReadOnlyList<AuthoritySignal> Signals { get; }

        /// <summary>One line for the trace.</summary>
        public string Summary { get; }
    }
}
