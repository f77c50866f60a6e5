using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.StageGates.Platform
{
    /// <summary>
    /// Reads the name and category of process stages with ONE query (<c>processstageid in (...)</c>), so a flow
    /// move costs one call for both the stage left and the stage reached. A stage id with no row (deleted with
    /// its flow) is absent from the answer.
    /// </summary>
    internal static class ProcessStageReader
    {
        public static IReadOnlyDictionary<Guid, FlowStage> Read(IOrganizationService service, IEnumerable<Guid> stageIds)
        {
            var ids = stageIds.Distinct().Cast<object>().ToArray();
            var stages = new Dictionary<Guid, FlowStage>();
            if (ids.Length == 0)
            {
                return stages;
            }

            var query = new QueryExpression(ProcessStage.EntityName) { ColumnSet = new ColumnSet(ProcessStage.PrimaryName, ProcessStage.StageCategory) };
            query.Criteria.AddCondition(ProcessStage.PrimaryId, ConditionOperator.In, ids);
            foreach (var row in service.RetrieveMultiple(query).Entities)
            {
                stages[row.Id] = new FlowStage(row.GetAttributeValue<string>(ProcessStage.PrimaryName), row.GetAttributeValue<OptionSetValue>(ProcessStage.StageCategory)?.Value);
            }

            return stages;
        }
    }
}
