using System;
using System.Collections.Generic;

namespace CrmIndependence.Emulator.Storage;

/// <summary>
/// The slot of each column in the stored rows of one table: a column gets the next slot the first time
/// any row of the table stores it, and keeps it. Rows hold only an array of values indexed by slot, so the
/// column names and their hash table exist once per table instead of once per row.
/// </summary>
internal sealed class ColumnLayout
{
    private readonly Dictionary<string, int> slots = new(StringComparer.Ordinal);
    private readonly List<string> names = new();

    /// <summary>How many columns the table's rows have stored so far (the length a new row's array gets).</summary>
    public int Count => names.Count;

    /// <summary>The slot of a column, or -1 when no row of the table has stored it.</summary>
    public int SlotOf(string column) => slots.TryGetValue(column, out var slot) ? slot : -1;

    /// <summary>The slot of a column, given one now when no row has stored it yet.</summary>
    public int Claim(string column)
    {
        if (!slots.TryGetValue(column, out var slot))
        {
            slot = names.Count;
            names.Add(column);
            slots.Add(column, slot);
        }

        return slot;
    }

    public string NameAt(int slot) => names[slot];
}
