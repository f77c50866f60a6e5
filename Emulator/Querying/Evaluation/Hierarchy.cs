using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Querying.Values;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Querying.Evaluation;

/// <summary>
/// Walks a table's self-referencing hierarchy (parentaccountid, parentsystemuserid...) for the hierarchy
/// operators. Every walk keeps a visited set, so a cycle in the data ends the walk instead of looping.
/// </summary>
internal sealed class Hierarchy
{
    private readonly IQueryTable _table;
    private readonly string _parentColumn;

    public Hierarchy(IQueryTable table, string parentColumn)
    {
        _table = table;
        _parentColumn = parentColumn;
    }

    /// <summary>The ids below <paramref name="top"/> (children, their children...), without top itself.</summary>
    public HashSet<Guid> Descendants(Guid top)
    {
        var found = new HashSet<Guid>();
        var pending = new Queue<Guid>();
        pending.Enqueue(top);
        while (pending.Count > 0)
        {
            var parent = pending.Dequeue();
            foreach (var child in _table.RowsWhereEqual(_parentColumn, parent))
            {
                if (ParentOf(child) == parent && child.Id != top && found.Add(child.Id))
                {
                    pending.Enqueue(child.Id);
                }
            }
        }
        return found;
    }

    /// <summary>The ids above <paramref name="bottom"/> (its parent, the parent's parent...), without bottom itself.</summary>
    public HashSet<Guid> Ancestors(Guid bottom)
    {
        var found = new HashSet<Guid>();
        var current = Row(bottom);
        while (current is not null && ParentOf(current) is { } parent && parent != bottom && found.Add(parent))
        {
            current = Row(parent);
        }
        return found;
    }

    private Guid? ParentOf(Entity row) =>
        row.Attributes.TryGetValue(_parentColumn, out var value) && ScalarValue.Of(value) is Guid id ? id : null;

    private Entity? Row(Guid id)
    {
        foreach (var row in _table.RowsWhereEqual(_table.PrimaryIdAttribute, id))
        {
            if (row.Id == id)
            {
                return row;
            }
        }
        return null;
    }
}
