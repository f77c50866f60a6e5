using System;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Storage;

/// <summary>
/// One row as the store holds it: an <see cref="Entity"/> owned by the store (never handed to callers;
/// reads copy it) and its row version.
/// </summary>
internal sealed class StoredRow
{
    public StoredRow(string table, Guid id)
    {
        Data = new Entity(table, id);
    }

    public Entity Data { get; }

    public Guid Id => Data.Id;

    public string Table => Data.LogicalName;

    public long Version { get; set; }

    /// <summary>Insertion order within the table (the order rows come back in when a query does not sort).</summary>
    public long Sequence { get; set; }

    /// <summary>Removed from its table (kept in the ordered list until compacted, so an undo restores its place).</summary>
    public bool IsDeleted { get; set; }

    public object? this[string column] => Data.Attributes.TryGetValue(column, out var value) ? value : null;
}
