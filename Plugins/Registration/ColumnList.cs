using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.Registration
{
    /// <summary>Comma-separated column lists as registration attributes and Dataverse step XML write them.</summary>
    public static class ColumnList
    {
        public const string AllColumns = "*";

        public static IReadOnlyList<string> Parse(string? columns) =>
            columns == null
                ? Array.Empty<string>()
                : columns.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(column => column.Trim().ToLowerInvariant())
                    .Where(column => column.Length > 0)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();

        public static string Format(IEnumerable<string> columns) => string.Join(",", columns);
    }
}
