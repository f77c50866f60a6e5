using System;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// "A record of <see cref="Table"/> whose <see cref="LookupColumn"/> points at the deal": what a
    /// <see cref="RequirementKind.RelatedRecordExists"/> row asks for. Both names are logical names, lower case.
    /// The plugin answers it with one top-1 query per key (the cost does not grow with the deal's history).
    /// </summary>
    public sealed record RelatedRecordKey
    {
        public RelatedRecordKey(string table, string lookupColumn)
        {
            if (string.IsNullOrWhiteSpace(table))
            {
                throw new ArgumentException("A related record needs a table.", nameof(table));
            }

            if (string.IsNullOrWhiteSpace(lookupColumn))
            {
                throw new ArgumentException("A related record needs the lookup column that points at the deal.", nameof(lookupColumn));
            }

            Table = table.Trim().ToLowerInvariant();
            LookupColumn = lookupColumn.Trim().ToLowerInvariant();
        }

        /// <summary>The related table, e.g. <c>quote</c>.</summary>
        public string Table { get; }

        /// <summary>The column of <see cref="Table"/> that points at the opportunity, e.g. <c>opportunityid</c>.</summary>
        public string LookupColumn { get; }

        /// <inheritdoc />
        public override string ToString() => Table + "." + LookupColumn;
    }
}
