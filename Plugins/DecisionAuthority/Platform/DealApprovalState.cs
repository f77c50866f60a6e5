using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.DecisionAuthority.Platform
{
    /// <summary>
    /// A deal's governed values before and after a save, and its approval as stored. <c>cri_approvedvalue</c>
    /// is one number: it belongs to the one governed decision that was beyond the owner's authority before the
    /// save; with none or several such decisions it is not applied (the value before the save then stands for
    /// the approved one, which is never above it).
    /// </summary>
    internal sealed class DealApprovalState
    {
        private DealApprovalState(IReadOnlyList<GovernedValue> values, ApprovalStatus status, Guid? approvedBy, decimal? storedApprovedValue)
        {
            Values = values;
            Status = status;
            ApprovedBy = approvedBy;
            StoredApprovedValue = storedApprovedValue;
        }

        public IReadOnlyList<GovernedValue> Values { get; }

        public ApprovalStatus Status { get; }

        public Guid? ApprovedBy { get; }

        public decimal? StoredApprovedValue { get; }

        public static DealApprovalState Read(AuthorityMatrix matrix, UserAuthorityProfile owner, Entity target, Entity pre, Entity? stored)
        {
            var values = new List<GovernedValue>();
            foreach (var decision in matrix.GovernedDecisions)
            {
                var column = GovernedColumns.ColumnOf(decision);
                var before = GovernedColumns.Number(pre.Contains(column) || stored == null ? pre : stored, column);
                var after = target.Contains(column) ? GovernedColumns.Number(target, column) : before;
                values.Add(new GovernedValue(decision, before, after));
            }

            var status = ApprovalStatuses.FromOptionValue(pre.GetAttributeValue<OptionSetValue>(Opportunity.ApprovalStatus)?.Value);
            var approvedBy = pre.GetAttributeValue<EntityReference>(Opportunity.ApprovedById)?.Id;
            var approvedValue = pre.Contains(Opportunity.ApprovedValue) ? GovernedColumns.Number(pre, Opportunity.ApprovedValue) : null;
            if (approvedValue.HasValue && status == ApprovalStatus.Approved)
            {
                var beyondBefore = values.Where(value => !matrix.Resolve(value.Decision, owner).Covers(value.OldValue)).ToList();
                if (beyondBefore.Count == 1)
                {
                    var index = values.IndexOf(beyondBefore[0]);
                    values[index] = beyondBefore[0] with { ApprovedValue = approvedValue };
                }
            }

            return new DealApprovalState(values, status, approvedBy, approvedValue);
        }
    }
}
