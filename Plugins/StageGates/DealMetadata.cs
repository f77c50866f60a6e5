using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// What the organization's metadata says about deals, as the configuration rules need it: the opportunity's
    /// columns with their types (<see cref="Columns"/>) and the lookups other tables have to it
    /// (<see cref="LookupsToDeal"/>: a quote's <c>opportunityid</c>, an activity's <c>regardingobjectid</c>…). A
    /// configuration row naming anything else would make the plugin's Retrieve or query fail, so the readers skip it.
    /// </summary>
    public sealed class DealMetadata
    {
        private readonly HashSet<RelatedRecordKey> lookups;

        public DealMetadata(ColumnCatalog columns, IEnumerable<RelatedRecordKey> lookupsToDeal)
        {
            Columns = columns ?? throw new ArgumentNullException(nameof(columns));
            lookups = new HashSet<RelatedRecordKey>(lookupsToDeal ?? throw new ArgumentNullException(nameof(lookupsToDeal)));
        }

        /// <summary>The opportunity's columns and their types.</summary>
        public ColumnCatalog Columns { get; }

        /// <summary>Every (table, lookup column) that points at an opportunity.</summary>
        public IReadOnlyCollection<RelatedRecordKey> LookupsToDeal => lookups;

        /// <summary>Whether <paramref name="key"/>'s table has that lookup to the deal.</summary>
        public bool HasLookup(RelatedRecordKey key) => lookups.Contains(key);

        /// <summary>The lookups <paramref name="table"/> has to the deal (none: the table does not point at deals, or does not exist).</summary>
        public IReadOnlyList<string> LookupsOf(string table) =>
            lookups.Where(key => string.Equals(key.Table, table, StringComparison.OrdinalIgnoreCase)).Select(key => key.LookupColumn).OrderBy(name => name, StringComparer.Ordinal).ToList();
    }
}
