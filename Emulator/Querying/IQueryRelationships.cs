using System.Collections.Generic;

namespace CrmIndependence.Emulator.Querying;

/// <summary>
/// The relationships between tables, for a link-entity that names no <c>from</c> and <c>to</c> columns. A
/// source that does not implement it makes such a link a fault asking for both columns.
/// </summary>
public interface IQueryRelationships
{
    /// <summary>The lookup columns of <paramref name="table"/> that may point at rows of <paramref name="target"/>.</summary>
    IReadOnlyList<string> LookupsTo(string table, string target);

    /// <summary>When <paramref name="intersect"/> is the intersect table of an N:N relationship with <paramref name="table"/>, its column holding that table's ids; else null.</summary>
    string? IntersectColumnFor(string intersect, string table);
}
