using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// What the plugin knows about the deal at the moment of the move: its column values as they will be
    /// saved (pre-image or retrieved row, overlaid with the Target), the completed activities per type
    /// (from the deal's counters) and which related records exist. Only the facts
    /// <see cref="StageGate.FactsNeeded"/> names have to be supplied; a column that is absent or null has no value.
    /// </summary>
    public sealed class DealSnapshot
    {
        private readonly Dictionary<string, object?> values;
        private readonly Dictionary<string, int> completedActivities;
        private readonly HashSet<RelatedRecordKey> relatedRecords;

        /// <param name="values">Column logical name → typed value (see <see cref="ColumnType"/>).</param>
        /// <param name="completedActivities">Activity logical name (email, phonecall, task, appointment) → completed count.</param>
        /// <param name="relatedRecords">The related records that exist.</param>
        public DealSnapshot(
            IEnumerable<KeyValuePair<string, object?>>? values = null,
            IEnumerable<KeyValuePair<string, int>>? completedActivities = null,
            IEnumerable<RelatedRecordKey>? relatedRecords = null)
        {
            this.values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var value in values ?? Enumerable.Empty<KeyValuePair<string, object?>>())
            {
                this.values[value.Key] = value.Value;
            }

            this.completedActivities = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var count in completedActivities ?? Enumerable.Empty<KeyValuePair<string, int>>())
            {
                this.completedActivities[count.Key] = count.Value;
            }

            this.relatedRecords = new HashSet<RelatedRecordKey>(relatedRecords ?? Enumerable.Empty<RelatedRecordKey>());
        }

        /// <summary>The deal's value of a column, or null when absent.</summary>
        public object? ValueOf(string column) => values.TryGetValue(column, out var value) ? value : null;

        /// <summary>How many completed activities of a type regard the deal (0 when not supplied).</summary>
        public int CompletedActivitiesOf(string activityType) =>
            completedActivities.TryGetValue(activityType, out var count) ? count : 0;

        /// <summary>Whether a related record exists.</summary>
        public bool HasRelated(RelatedRecordKey key) => relatedRecords.Contains(key);
    }
}
