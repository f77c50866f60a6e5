using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// What the plugin has to read for a move: the deal columns, the completed-activity counts and the
    /// related-record existence checks the requirements of the stages passed ask for. Nothing else.
    /// </summary>
    public sealed class DealFacts
    {
        private readonly List<string> columns = new List<string>();
        private readonly List<string> activityTypes = new List<string>();
        private readonly List<RelatedRecordKey> relatedRecords = new List<RelatedRecordKey>();

        /// <summary>Deal columns to read (logical names, each once).</summary>
        public IReadOnlyList<string> Columns => columns;

        /// <summary>Activity types whose completed count is needed.</summary>
        public IReadOnlyList<string> ActivityTypes => activityTypes;

        /// <summary>Related records whose existence is needed.</summary>
        public IReadOnlyList<RelatedRecordKey> RelatedRecords => relatedRecords;

        /// <summary>Whether nothing has to be read.</summary>
        public bool IsEmpty => columns.Count == 0 && activityTypes.Count == 0 && relatedRecords.Count == 0;

        internal void AddColumn(string column) => AddOnce(columns, column);

        internal void AddActivityType(string activityType) => AddOnce(activityTypes, activityType);

        internal void AddRelatedRecord(RelatedRecordKey key)
        {
            if (!relatedRecords.Contains(key))
            {
                relatedRecords.Add(key);
            }
        }

        private static void AddOnce(List<string> list, string name)
        {
            if (!list.Exists(existing => string.Equals(existing, name, StringComparison.OrdinalIgnoreCase)))
            {
                list.Add(name);
            }
        }
    }
}
