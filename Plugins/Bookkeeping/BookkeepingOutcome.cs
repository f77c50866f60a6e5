using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.Bookkeeping
{
    /// <summary>
    /// What <see cref="SuiteColumns.Check"/> decided for one save: the sent suite columns to drop from it (their
    /// values replaced by what the suite keeps) and the ones that refuse it, with the message the user sees.
    /// </summary>
    public sealed class BookkeepingOutcome
    {
        private readonly string? createRefusal;

        internal BookkeepingOutcome(string recordLabel, IReadOnlyList<SuiteColumn> dropped, IReadOnlyList<SuiteColumn> refused, string? createRefusal = null)
        {
            RecordLabel = recordLabel;
            Dropped = dropped;
            Refused = refused;
            this.createRefusal = createRefusal;
        }

        /// <summary>What the record is called in messages ("deal", "help request").</summary>
        public string RecordLabel { get; }

        /// <summary>Sent suite columns dropped from the save (a Replace column, or a Refuse column sent unchanged).</summary>
        public IReadOnlyList<SuiteColumn> Dropped { get; }

        /// <summary>Sent suite columns that refuse the save.</summary>
        public IReadOnlyList<SuiteColumn> Refused { get; }

        public bool IsRefused => createRefusal != null || Refused.Count > 0;

        /// <summary>The message the user sees when <see cref="IsRefused"/>: what was not saved, each column and what sets it.</summary>
        public string? RefusalMessage =>
            createRefusal != null
                ? createRefusal
                : Refused.Count == 0
                    ? null
                    : $"This {RecordLabel} was not saved: " +
                      string.Join("; ", Refused.Select(column => $"{column.Label} ({column.Column}) is {column.SetBy}")) +
                      ". Leave " + (Refused.Count == 1 ? "it" : "them") + " out of the save.";

        /// <summary>The trace line for the dropped columns, or null when none was dropped.</summary>
        public string? DroppedTrace =>
            Dropped.Count == 0
                ? null
                : $"The {RecordLabel}'s " + string.Join(", ", Dropped.Select(column => $"{column.Label} ({column.Column})")) +
                  " sent with this save " + (Dropped.Count == 1 ? "was" : "were") + " dropped: the suite keeps " +
                  (Dropped.Count == 1 ? "it" : "them") + " (" + string.Join("; ", Dropped.Select(column => $"{column.Column} is {column.SetBy}")) + ").";

        internal static BookkeepingOutcome RefusedCreate(SuiteRecord record) =>
            new BookkeepingOutcome(record.Label, new SuiteColumn[0], new SuiteColumn[0],
                $"This {record.Label} was not saved: {record.CreatedBy}; it cannot be created by hand.");
    }
}
