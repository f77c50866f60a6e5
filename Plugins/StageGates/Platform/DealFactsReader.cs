using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.StageGates.Platform
{
    /// <summary>
    /// Reads only the facts a move needs (<see cref="StageGate.FactsNeeded"/>), with as few calls as possible:
    /// the deal's columns that the Target does not already carry with one Retrieve; the completed activities
    /// of every type needed with ONE aggregate query over <c>activitypointer</c> grouped by type; one top-1
    /// query per related-record check. Values the Target carries are the ones being saved and win over stored ones.
    /// </summary>
    internal static class DealFactsReader
    {
        /// <summary>The stored values of <paramref name="columns"/> (one Retrieve), or an empty row when none are asked for.</summary>
        public static Entity Retrieve(IOrganizationService service, Guid dealId, IEnumerable<string> columns)
        {
            var wanted = columns.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            return wanted.Length == 0
                ? new Entity(Opportunity.EntityName, dealId)
                : service.Retrieve(Opportunity.EntityName, dealId, new ColumnSet(wanted));
        }

        /// <summary>The deal's facts: <paramref name="stored"/> overlaid with <paramref name="target"/>, plus counts and related records.</summary>
        public static DealSnapshot Snapshot(IOrganizationService service, Guid dealId, DealFacts facts, Entity stored, Entity? target)
        {
            var values = new List<KeyValuePair<string, object?>>();
            foreach (var column in facts.Columns)
            {
                var source = target != null && target.Contains(column) ? target : stored;
                values.Add(new KeyValuePair<string, object?>(column, source.Contains(column) ? DealValues.Plain(source[column]) : null));
            }

            var counts = facts.ActivityTypes.Count == 0 ? new Dictionary<string, int>() : CompletedActivities(service, dealId, facts.ActivityTypes);
            var related = facts.RelatedRecords.Where(key => Exists(service, dealId, key)).ToList();
            return new DealSnapshot(values, counts, related);
        }

        /// <summary>Columns of <paramref name="facts"/> the Target does not carry: what still has to be read.</summary>
        public static IEnumerable<string> ColumnsToRead(DealFacts facts, Entity? target) =>
            facts.Columns.Where(column => target == null || !target.Contains(column));

        private static Dictionary<string, int> CompletedActivities(IOrganizationService service, Guid dealId, IReadOnlyList<string> types)
        {
            // Aggregates need FetchXml (QueryExpression has none in SDK 9.0). Every value is escaped; the
            // activity types are the suite's known ones (the reader rejects any other), the id is a Guid.
            var typeValues = string.Concat(types.Select(type => $"<value>{SecurityElement.Escape(type)}</value>"));
            var fetch =
                "<fetch aggregate='true'>" +
                $"<entity name='{ActivityPointer.EntityName}'>" +
                $"<attribute name='{ActivityPointer.ActivityTypeCode}' groupby='true' alias='type' />" +
                $"<attribute name='{ActivityPointer.PrimaryId}' aggregate='count' alias='completed' />" +
                "<filter>" +
                $"<condition attribute='{ActivityPointer.RegardingObjectId}' operator='eq' value='{dealId.ToString("D", CultureInfo.InvariantCulture)}' />" +
                $"<condition attribute='{ActivityPointer.StateCode}' operator='eq' value='{ActivityPointer.StateCodeOption.Completed.ToString(CultureInfo.InvariantCulture)}' />" +
                $"<condition attribute='{ActivityPointer.ActivityTypeCode}' operator='in'>{typeValues}</condition>" +
                "</filter></entity></fetch>";
            var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in service.RetrieveMultiple(new FetchExpression(fetch)).Entities)
            {
                var type = DealValues.Plain(row.GetAttributeValue<AliasedValue>("type")?.Value) as string;
                var count = row.GetAttributeValue<AliasedValue>("completed")?.Value;
                if (type != null && count != null)
                {
                    counts[type] = Convert.ToInt32(count, CultureInfo.InvariantCulture);
                }
            }

            return counts;
        }

        private static bool Exists(IOrganizationService service, Guid dealId, RelatedRecordKey key)
        {
            var query = new QueryExpression(key.Table) { ColumnSet = new ColumnSet(key.LookupColumn), TopCount = 1 };
            query.Criteria.AddCondition(key.LookupColumn, ConditionOperator.Equal, dealId);
            return service.RetrieveMultiple(query).Entities.Count > 0;
        }
    }
}
