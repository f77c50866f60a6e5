using System;
using System.Collections.Generic;

namespace CrmIndependence.Emulator.Storage;

/// <summary>
/// Row ids per value of one column; built on first use, then kept current by every write. A value held by one row
/// (a name, a number: most values of most columns) keeps its id in a one-element array; a hash set is made only
/// when a second row takes the value.
/// </summary>
internal sealed class EqualityIndex
{
    private static readonly IReadOnlyCollection<Guid> None = Array.Empty<Guid>();

    // Each value is a Guid[1] (one row) or a HashSet<Guid> (more).
    private readonly Dictionary<object, IReadOnlyCollection<Guid>> idsByKey = new(IndexKey.Comparer);

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
            idsByKey.Add(key, new[] { id });
        }
        else if (ids is HashSet<Guid> many)
        {
            many.Add(id);
        }
        else
        {
            var one = ((Guid[])ids)[0];
            if (one != id)
            {
                idsByKey[key] = new HashSet<Guid> { one, id };
            }
        }
    }

    public void Remove(object? value, Guid id)
    {
        var key = IndexKey.Of(value);
        if (key == null || !idsByKey.TryGetValue(key, out var ids))
        {
            return;
        }

        if (ids is HashSet<Guid> many)
        {
            many.Remove(id);
            if (many.Count == 0)
            {
                idsByKey.Remove(key);
            }
        }
        else if (((Guid[])ids)[0] == id)
        {
            idsByKey.Remove(key);
        }
    }
}
