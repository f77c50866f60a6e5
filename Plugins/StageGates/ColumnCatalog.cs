using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// The deal columns requirement rows may name, with their types. A row naming a column the catalog
    /// does not hold is a configuration problem (a typo would otherwise make the plugin's Retrieve fail).
    /// <see cref="StandardOpportunity"/> holds the opportunity columns Dynamics 365 Sales ships; the plugin
    /// adds custom columns (from attribute metadata, cached) with <see cref="With(string, ColumnType)"/>. Names are
    /// logical names, matched ignoring case.
    /// </summary>
    public sealed class ColumnCatalog
    {
        private readonly Dictionary<string, ColumnType> columns;

        private ColumnCatalog(Dictionary<string, ColumnType> columns) => this.columns = columns;

        /// <summary>An empty catalog.</summary>
        public static ColumnCatalog Empty { get; } = new ColumnCatalog(new Dictionary<string, ColumnType>(StringComparer.OrdinalIgnoreCase));

        /// <summary>The standard opportunity columns a stage requirement is likely to name.</summary>
        public static ColumnCatalog StandardOpportunity { get; } = Empty.With(StandardOpportunityColumns.All);

        /// <summary>How many columns the catalog holds.</summary>
        public int Count => columns.Count;

        /// <summary>The type of a column, or null when the catalog does not hold it.</summary>
        public ColumnType? TypeOf(string column) =>
            columns.TryGetValue(column, out var type) ? type : (ColumnType?)null;

        /// <summary>A catalog with one more column (or a column's type replaced).</summary>
        public ColumnCatalog With(string column, ColumnType type) =>
            With(new[] { new KeyValuePair<string, ColumnType>(column, type) });

        /// <summary>A catalog with more columns (or columns' types replaced).</summary>
        public ColumnCatalog With(IEnumerable<KeyValuePair<string, ColumnType>> more)
        {
            if (more == null)
            {
                throw new ArgumentNullException(nameof(more));
            }

            var copy = new Dictionary<string, ColumnType>(columns, StringComparer.OrdinalIgnoreCase);
            foreach (var column in more)
            {
                if (string.IsNullOrWhiteSpace(column.Key))
                {
                    throw new ArgumentException("A column needs a logical name.", nameof(more));
                }

                copy[column.Key.Trim()] = column.Value;
            }

            return new ColumnCatalog(copy);
        }
    }
}
