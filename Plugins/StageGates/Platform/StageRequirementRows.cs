using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Table = CrmIndependence.Plugins.Schema.StageRequirement;

namespace CrmIndependence.Plugins.StageGates.Platform
{
    /// <summary>
    /// Reads the active <c>cri_stagerequirement</c> rows with one query and turns them into a
    /// <see cref="StageRequirementSet"/> (<see cref="StageRequirementReader"/>; bad rows become problems, never errors),
    /// checked against the opportunity's metadata (one RetrieveEntity, <see cref="CrmIndependence.Plugins.Platform.DealMetadataReader"/>,
    /// only when there are rows): a column or related table that does not exist is skipped instead of failing the move.
    /// Uncached: on-demand checks (custom API, workflow activity) call it directly; the stage-gate steps go
    /// through the cached <c>StageRequirementsProvider</c>, which calls it.
    /// </summary>
    public static class StageRequirementRows
    {
        public static StageRequirementSet Read(IOrganizationService service)
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
            return rows.Count == 0
                ? StageRequirementReader.Read(rows, ColumnCatalog.StandardOpportunity)
                : StageRequirementReader.Read(rows, CrmIndependence.Plugins.Platform.DealMetadataReader.Read(service));
        }

        public static StageRequirementRow ToRow(Entity row) => new StageRequirementRow
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
            Count = row.GetAttributeValue<int?>(Table.Count),
            Message = row.GetAttributeValue<string>(Table.Message),
        };
    }
}
