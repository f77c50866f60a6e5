using System;
using System.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Table = CrmIndependence.Plugins.Schema.StageRequirement;

namespace CrmIndependence.Plugins.StageGates.Steps
{
    /// <summary>
    /// The active <c>cri_stagerequirement</c> rows of the organization, read with one query and cached per
    /// organization for <see cref="TimeToLive"/> (forgotten at once on this server when a row changes, see
    /// <see cref="ForgetStageRequirements"/>). Every configuration problem is traced on each use, never thrown.
    /// Columns are checked against the standard opportunity columns (<see cref="ColumnCatalog.StandardOpportunity"/>).
    /// </summary>
    public static class StageRequirementsProvider
    {
        public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(60);

        private static readonly OrgConfigurationCache<StageRequirementSet> Cache = new OrgConfigurationCache<StageRequirementSet>(TimeToLive);

        public static StageRequirementSet Current(LocalPluginContext context)
        {
            var set = Cache.Get(context.ExecutionContext.OrganizationId, () => Load(context.SystemService), out var loaded);
            context.Trace(
                $"Stage requirements: {set.Requirements.Count} in use, {set.Problems.Count} configuration problem(s) " +
                $"({(loaded ? "read now" : "cached")}).");
            foreach (var problem in set.Problems)
            {
                context.Trace(problem.ToString());
            }

            return set;
        }

        public static void Forget(Guid organizationId) => Cache.Forget(organizationId);

        private static StageRequirementSet Load(IOrganizationService service)
        {
            var query = new QueryExpression(Table.EntityName)
            {
                ColumnSet = new ColumnSet(
                    Table.PrimaryId, Table.PrimaryName, Table.Stage, Table.Kind, Table.Column, Table.Operator,
                    Table.Value, Table.ActivityType, Table.RelatedTable, Table.Count, Table.Message),
            };
            query.Criteria.AddCondition(Table.StateCode, ConditionOperator.Equal, 0);
            query.AddOrder(Table.Stage, OrderType.Ascending);
            query.AddOrder(Table.CreatedOn, OrderType.Ascending);
            var rows = service.RetrieveMultiple(query).Entities.Select(ToRow).ToList();
            return StageRequirementReader.Read(rows, ColumnCatalog.StandardOpportunity);
        }

        private static StageRequirementRow ToRow(Entity row) => new StageRequirementRow
        {
            Id = row.Id,
            Name = row.GetAttributeValue<string>(Table.PrimaryName),
            Stage = row.GetAttributeValue<OptionSetValue>(Table.Stage)?.Value,
            Kind = row.GetAttributeValue<OptionSetValue>(Table.Kind)?.Value,
            Column = row.GetAttributeValue<string>(Table.Column),
            Operator = row.GetAttributeValue<OptionSetValue>(Table.Operator)?.Value,
            Value = row.GetAttributeValue<string>(Table.Value),
            ActivityType = row.GetAttributeValue<string>(Table.ActivityType),
            RelatedTable = row.GetAttributeValue<string>(Table.RelatedTable),
            Count = row.Contains(Table.Count) ? row.GetAttributeValue<int>(Table.Count) : (int?)null,
            Message = row.GetAttributeValue<string>(Table.Message),
        };
    }
}
