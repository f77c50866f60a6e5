using System;
using System.Buffers;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Storage;

/// <summary>
/// The pairs of an SDK collection (attributes, parameters) copied into a pooled array, to read them in a loop
/// without the boxed enumerator <see cref="DataCollection{TKey, TValue}.GetEnumerator"/> returns. A snapshot: a
/// change to the collection during the loop is not seen. Dispose returns the array to the pool.
/// </summary>
internal readonly struct ColumnPairs : IDisposable
{
    private readonly KeyValuePair<string, object>[] items;
    private readonly int count;

    private ColumnPairs(KeyValuePair<string, object>[] items, int count)
    {
        this.items = items;
        this.count = count;
    }

    public ReadOnlySpan<KeyValuePair<string, object>> Pairs => items.AsSpan(0, count);

    public static ColumnPairs Of(DataCollection<string, object> collection)
    {
        var count = collection.Count;
        if (count == 0)
        {
            return new ColumnPairs(Array.Empty<KeyValuePair<string, object>>(), 0);
        }

        var items = ArrayPool<KeyValuePair<string, object>>.Shared.Rent(count);
        collection.CopyTo(items, 0);
        return new ColumnPairs(items, count);
    }

    public void Dispose()
    {
        if (items.Length > 0)
        {
            // Cleared so the pool does not keep the values alive.
            Array.Clear(items, 0, count);
            ArrayPool<KeyValuePair<string, object>>.Shared.Return(items);
        }
    }
}
