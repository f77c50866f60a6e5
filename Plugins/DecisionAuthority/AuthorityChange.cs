using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// Decides what a change of governed values (discount, deal value, governed columns) means for the
    /// deal's approval, measured against the OWNER's authority (the deal is the rep's):
    /// <list type="bullet">
    /// <item>Every value within the owner's authority: <see cref="ApprovalStatus.NotRequired"/>; nothing needed.</item>
    /// <item>A value beyond it that is not yet approved: <see cref="ApprovalStatus.Required"/> (approved-by cleared).
    /// While <see cref="ApprovalStatus.Approved"/>, a value raised above what was approved needs approval again
    /// (<see cref="GovernedValue.RaisedBeyondApproval"/>: when the approved value is unknown, the value before
    /// the change stands for it, so nothing above what was approved slips through).</item>
    /// <item>A change by someone else (a manager, a colleague) whose own authority covers the new value is that
    /// person's decision: <see cref="ApprovalStatus.Approved"/> with them as approver.</item>
    /// <item><see cref="ApprovalStatus.Rejected"/> stays until a value beyond authority changes (a new request:
    /// Required) or every value is within authority again (NotRequired).</item>
    /// </list>
    /// A manager in the owner's chain changing a value to one the rep's explicit authority row covers makes a
    /// <see cref="AuthoritySignalKind.ManagerOverrideWithinAuthority"/> signal due. "Explicit" matters: with
    /// no row the rep has no limit, but no entitlement was ever granted either, so no override is counted.
    /// </summary>
    public static class AuthorityChange
    {
        public static ChangeAssessment Assess(AuthorityMatrix matrix, DealChange change)
        {
            if (matrix == null)
            {
                throw new ArgumentNullException(nameof(matrix));
            }

            if (change == null)
            {
                throw new ArgumentNullException(nameof(change));
            }

            var beyond = change.Values.Where(value => !matrix.Resolve(value.Decision, change.Owner).Covers(value.NewValue)).ToList();
            var pending = change.CurrentStatus == ApprovalStatus.Approved
                ? beyond.Where(value => value.RaisedBeyondApproval).ToList()
                : beyond;
            var decidedByActor = pending.Where(value => ActorMayDecide(matrix, change, value)).ToList();
            var stillPending = pending.Except(decidedByActor).ToList();

            ApprovalStatus status;
            Guid? approvedBy;
            if (beyond.Count == 0)
            {
                status = ApprovalStatus.NotRequired;
                approvedBy = null;
            }
            else if (stillPending.Count > 0)
            {
                var keepRejection = change.CurrentStatus == ApprovalStatus.Rejected && !beyond.Any(value => value.Changed);
                status = keepRejection ? ApprovalStatus.Rejected : ApprovalStatus.Required;
                approvedBy = keepRejection ? change.CurrentApprovedBy : null;
            }
            else if (decidedByActor.Count > 0)
            {
                status = ApprovalStatus.Approved;
                approvedBy = change.Actor.UserId;
            }
            else
            {
                status = change.CurrentStatus;
                approvedBy = change.CurrentApprovedBy;
            }

            var beyondFindings = Findings(matrix, change.Owner, beyond);
            var awaiting = status == ApprovalStatus.Required || status == ApprovalStatus.Rejected ? Findings(matrix, change.Owner, stillPending) : new DecisionFinding[0];
            var signals = Overrides(matrix, change);
            var approvalChanged = status != change.CurrentStatus || approvedBy != change.CurrentApprovedBy;
            var approvedNow = status == ApprovalStatus.Approved && decidedByActor.Count > 0
                ? beyond.Select(value => new DecisionValue(value.Decision, value.NewValue)).ToList()
                : new List<DecisionValue>();
            return new ChangeAssessment(
                status, approvedBy, approvalChanged, beyondFindings, awaiting, approvedNow, signals,
                Summary(change, status, beyondFindings, decidedByActor, signals));
        }

        private static bool ActorMayDecide(AuthorityMatrix matrix, DealChange change, GovernedValue value) =>
            change.ActorIsNotOwner && value.Changed && matrix.Resolve(value.Decision, change.Actor).Covers(value.NewValue);

        private static IReadOnlyList<AuthoritySignal> Overrides(AuthorityMatrix matrix, DealChange change)
        {
            if (!change.ActorIsNotOwner || !change.ActorIsInOwnersManagerChain)
            {
                return new AuthoritySignal[0];
            }

            var overridden = new List<GovernedValue>();
            var details = new List<string>();
            foreach (var value in change.Values.Where(value => value.Changed))
            {
                var repAuthority = matrix.Resolve(value.Decision, change.Owner);
                if (repAuthority.IsDefined && repAuthority.Covers(value.NewValue))
                {
                    overridden.Add(value);
                    details.Add($"the {value.Decision.Label} from {value.Format(value.OldValue)} to {value.Format(value.NewValue)}, which the rep may decide alone {repAuthority.Describe()}");
                }
            }

            return overridden.Count == 0
                ? new AuthoritySignal[0]
                : new[]
                {
                    new AuthoritySignal(
                        AuthoritySignalKind.ManagerOverrideWithinAuthority,
                        overridden.Select(value => value.Decision).ToList(),
                        (string.IsNullOrWhiteSpace(change.ActorName) ? "A manager" : change.ActorName!.Trim()) + " changed " + string.Join("; and ", details)),
                };
        }

        private static IReadOnlyList<DecisionFinding> Findings(AuthorityMatrix matrix, UserAuthorityProfile owner, IEnumerable<GovernedValue> values) =>
            values.Select(value => new DecisionFinding(value.Decision, value.NewValue!.Value, matrix.Resolve(value.Decision, owner))).ToList();

        private static string Summary(
            DealChange change, ApprovalStatus status, IReadOnlyList<DecisionFinding> beyond,
            IReadOnlyList<GovernedValue> decidedByActor, IReadOnlyList<AuthoritySignal> signals)
        {
            var text = $"Decision authority: approval {status}" + (status == change.CurrentStatus ? " (unchanged)" : $" (was {change.CurrentStatus})");
            if (beyond.Count > 0)
            {
                text += "; beyond the owner's authority: " + string.Join(", ", beyond);
            }

            if (decidedByActor.Count > 0)
            {
                text += "; approved by the acting user, whose authority covers " + string.Join(", ", decidedByActor.Select(value => value.Decision.Label));
            }

            if (signals.Count > 0)
            {
                text += "; manager override within the rep's authority";
            }

            return text + ".";
        }
    }
}
