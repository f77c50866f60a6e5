using System;
using System.Collections.Generic;

namespace CrmIndependence.Emulator.Storage;

/// <summary>Row ids per value of one column; built on first use, then kept current by every write.</summary>
internal sealed class EqualityIndex
{
    private static readonly IReadOnlyCollection<Guid> None = Array.Empty<Guid>();
    private readonly Dictionary<object, HashSet<Guid>> idsByKey = new(IndexKey.Comparer);

    public EqualityIndex(string column)
    {
        Column = column;
    }

    public string Column { get; }

    public IReadOnlyCollection<Guid> Find(object key) => idsByKey.TryGetValue(key, out var ids) ? ids : None;

    public void Add(object? value, Guid id)
    {
        var key = IndexKey.Of(value);
        if (key == null)
        {
            return;
        }

        if (!idsByKey.TryGetValue(key, out var ids))
        {
            ids = new HashSet<Guid>();
            idsByKey.Add(key, ids);
        }

        ids.Add(id);
    }

    public void Remove(object? value, Guid id)
    {
        var key = IndexKey.Of(value);
        if (key != null && idsByKey.TryGetValue(key, out var ids))
        {
            ids.Remove(id);
            if (ids.Count == 0)
            {
                idsByKey.Remove(key);
            }
        }
    }
}
