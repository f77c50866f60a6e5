using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.StageGates.Platform
{
    /// <summary>
    /// Checks, without moving anything, whether an opportunity meets the exit criteria to move to a stage: reads the
    /// active <c>cri_stagerequirement</c> rows and the deal's facts those rows need, then asks <see cref="StageGate"/>
    /// with enforce rules. Shared by the <c>cri_CheckStageRequirements</c> custom API and the "Check stage requirements"
    /// workflow activity. The deal's facts are read the way the stage-gate steps read them (DealFactsReader): one
    /// call for the rows, one for the deal, one aggregate for completed activities, one top-1 query per related table.
    /// Bad input (no opportunity, a deleted one, an unknown stage) is an <see cref="InvalidPluginExecutionException"/>
    /// saying what to pass instead.
    /// </summary>
    public static class StageRequirementCheck
    {
        public static StageCheckResult Check(IOrganizationService service, EntityReference? opportunity, int? targetStage, Action<string>? trace = null)
        {
            if (service == null)
            {
                throw new ArgumentNullException(nameof(service));
            }

            var log = trace ?? (_ => { });
            var dealId = RequireOpportunity(opportunity);
            var target = RequireStage(targetStage);

            // Configuration problems are traced once, as warnings of the decision below.
            var requirements = StageRequirementRows.Read(service);

            // Every column a forward move to the target could need (from the start of the process), read in one call.
            var facts = StageGate.FactsNeeded(requirements, StageMove.Between(null, (int)target));
            var deal = ReadDeal(service, dealId, facts);
            var currentStage = deal.GetAttributeValue<OptionSetValue>(Opportunity.SalesStage)?.Value;
            var snapshot = DealFactsReader.Snapshot(service, dealId, facts, deal, target: null);

            var decision = StageGate.Evaluate(requirements, StageMove.Between(currentStage, (int)target), snapshot, enforce: true);
            log(decision.Summary);
            foreach (var warning in decision.Warnings)
            {
                log(warning);
            }

            return new StageCheckResult(decision);
        }

        private static Guid RequireOpportunity(EntityReference? opportunity)
        {
            if (opportunity == null || opportunity.Id == Guid.Empty)
            {
                throw new InvalidPluginExecutionException("Give the opportunity to check: OpportunityId must reference an opportunity.");
            }

            if (!string.Equals(opportunity.LogicalName, Opportunity.EntityName, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidPluginExecutionException(
                    $"OpportunityId must reference an opportunity; it references a {opportunity.LogicalName} ({opportunity.Id}).");
            }

            return opportunity.Id;
        }

        private static SalesStage RequireStage(int? targetStage)
        {
            if (targetStage == null)
            {
                throw new InvalidPluginExecutionException($"Give the target stage: TargetStage is the salesstage value, one of {SalesStages.KnownValues}.");
            }

            return SalesStages.FromOptionValue(targetStage.Value)
                ?? throw new InvalidPluginExecutionException(
                    $"The target stage {targetStage.Value} is not a sales stage the suite knows; use one of {SalesStages.KnownValues}.");
        }

        private static Entity ReadDeal(IOrganizationService service, Guid dealId, DealFacts facts)
        {
            var columns = new[] { Opportunity.SalesStage }.Concat(facts.Columns).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            var query = new QueryExpression(Opportunity.EntityName) { ColumnSet = new ColumnSet(columns), TopCount = 1 };
            query.Criteria.AddCondition(Opportunity.PrimaryId, ConditionOperator.Equal, dealId);
            return service.RetrieveMultiple(query).Entities.FirstOrDefault()
                ?? throw new InvalidPluginExecutionException(
                    $"The opportunity {dealId} does not exist (it may have been deleted), or you cannot read it; pass an existing opportunity.");
        }
    }
}
