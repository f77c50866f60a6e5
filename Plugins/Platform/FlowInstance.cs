using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// Reads a business process flow instance as an Update step on the flow's table receives it, for any flow on
    /// opportunity: the Opportunity Sales Process (<c>opportunitysalesprocess</c>, lookup <c>opportunityid</c>) or a
    /// flow made in the designer (its own table, lookup <c>bpf_opportunityid</c>). The deal is the instance's
    /// lookup to an opportunity, found by what it points at rather than by its name, so the same step registered
    /// on a customer's flow table works unchanged. Nothing is read from the org: the Target and the pre-image carry it.
    /// </summary>
    public static class FlowInstance
    {
        /// <summary>
        /// The deal the flow runs for: the lookup to an opportunity in the Target (a save that moves the flow to
        /// another deal) or else in the pre-image; the known names first, then any lookup to opportunity. Null when
        /// neither carries one (the step's pre-image does not list the lookup).
        /// </summary>
        public static EntityReference? DealOf(Entity target, Entity? preImage)
        {
            if (target == null)
            {
                throw new ArgumentNullException(nameof(target));
            }

            return DealIn(target) ?? (preImage == null ? null : DealIn(preImage));
        }

        /// <summary>The active stage the row holds, or null when it holds none (or does not carry the column).</summary>
        public static Guid? ActiveStageOf(Entity? row) =>
            row != null && row.Contains(OpportunitySalesProcess.ActiveStageId) && row[OpportunitySalesProcess.ActiveStageId] is EntityReference stage && stage.Id != Guid.Empty
                ? stage.Id
                : (Guid?)null;

        /// <summary>
        /// The stage move an Update of the flow row makes: the Target's new active stage, the stage the row held
        /// (<paramref name="before"/>: the pre-image, or the stored row) and the deal. Null, with
        /// <paramref name="whyNot"/> saying why, when the save sets no active stage, the stage stays as it was, or
        /// neither row names the deal.
        /// </summary>
        public static FlowStageChange? ChangeOf(Entity target, Entity before, out string whyNot)
        {
            if (target == null)
            {
                throw new ArgumentNullException(nameof(target));
            }

            var toStageId = ActiveStageOf(target);
            var fromStageId = ActiveStageOf(before);
            var deal = DealOf(target, before);
            whyNot = toStageId == null ? $"The save sets no active stage on the {target.LogicalName} row: not a stage move."
                : fromStageId == toStageId ? "The flow stays at its stage: not a stage move."
                : deal == null ? NoDealMessage(target.LogicalName)
                : string.Empty;
            return whyNot.Length == 0 ? new FlowStageChange(fromStageId, toStageId!.Value, deal!) : null;
        }

        /// <summary>
        /// The flow table's lookup to the deal: <c>opportunityid</c> on the Opportunity Sales Process,
        /// <c>bpf_opportunityid</c> on a flow made in the designer (the designer names it bpf_ + the table's id column).
        /// </summary>
        public static string DealLookupOf(string flowTable) =>
            string.Equals(flowTable, OpportunitySalesProcess.EntityName, StringComparison.OrdinalIgnoreCase)
                ? OpportunitySalesProcess.OpportunityId
                : OpportunitySalesProcess.CustomFlow.OpportunityLookup;

        /// <summary>What to say when <see cref="DealOf"/> found nothing: which image column to register.</summary>
        public static string NoDealMessage(string table) =>
            $"The {table} row names no opportunity in the Target or the pre-image, so the deal is unknown and the move is not checked. " +
            $"Register the step's pre-image with the flow's lookup to the opportunity ({OpportunitySalesProcess.OpportunityId} on the Opportunity Sales Process, " +
            $"{OpportunitySalesProcess.CustomFlow.OpportunityLookup} on a flow made in the designer) and {OpportunitySalesProcess.ActiveStageId}.";

        private static EntityReference? DealIn(Entity row)
        {
            foreach (var name in new[] { OpportunitySalesProcess.OpportunityId, OpportunitySalesProcess.CustomFlow.OpportunityLookup })
            {
                if (IsDeal(row.Contains(name) ? row[name] : null))
                {
                    return (EntityReference)row[name];
                }
            }

            return row.Attributes.Select(pair => pair.Value).OfType<EntityReference>().FirstOrDefault(IsDeal);
        }

        private static bool IsDeal(object? value) =>
            value is EntityReference reference && reference.Id != Guid.Empty &&
            string.Equals(reference.LogicalName, Opportunity.EntityName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A move of a flow instance: the stage it left (null when it had none), the stage it moved to, the deal it runs for.</summary>
    public sealed record FlowStageChange(Guid? FromStageId, Guid ToStageId, EntityReference Deal);
}
