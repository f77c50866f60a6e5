using System;
using System.Collections.Generic;
using System.Globalization;
using CrmIndependence.Emulator.Querying.Binding;
using CrmIndependence.Emulator.Querying.Values;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Querying.Execution;

/// <summary>Joined rows in result order, with the sort keys each row was ordered by.</summary>
internal sealed class OrderedRows
{
    public OrderedRows(List<Entity?[]> rows, List<object?[]> keys)
    {
        Rows = rows;
        Keys = keys;
    }

    public List<Entity?[]> Rows { get; }

    /// <summary>For each row, the sort key of each order (a label, a name or a plain value).</summary>
    public List<object?[]> Keys { get; }
}

/// <summary>
/// Orders joined rows as Dataverse does: choices, states and statuses by label (by value with
/// useraworderby), lookups by the related record's primary name, text ignoring case, nulls first when
/// ascending (last when descending). Ties are broken by the ids of every slot (SQL Server uniqueidentifier
/// order), so the order — and therefore paging — is deterministic.
/// </summary>
internal sealed class RowOrderer
{
    private readonly IQuerySource _source;
    private readonly bool _rawOrderBy;

    public RowOrderer(IQuerySource source, bool rawOrderBy)
    {
        _source = source;
        _rawOrderBy = rawOrderBy;
    }

    public OrderedRows Order(List<Entity?[]> rows, IReadOnlyList<BoundOrder> orders)
    {
        var keys = new object?[rows.Count][];
        for (var i = 0; i < rows.Count; i++)
        {
            var rowKeys = new object?[orders.Count];
            for (var j = 0; j < orders.Count; j++)
            {
                rowKeys[j] = SortKey(orders[j].Column, orders[j].Column.StoredIn(rows[i]));
            }
            keys[i] = rowKeys;
        }
        var positions = new int[rows.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }
        Array.Sort(positions, (a, b) =>
        {
            var byKeys = CompareKeys(keys[a], keys[b], orders);
            return byKeys != 0 ? byKeys : CompareIds(rows[a], rows[b], a, b);
        });
        var orderedRows = new List<Entity?[]>(rows.Count);
        var orderedKeys = new List<object?[]>(rows.Count);
        foreach (var position in positions)
        {
            orderedRows.Add(rows[position]);
            orderedKeys.Add(keys[position]);
        }
        return new OrderedRows(orderedRows, orderedKeys);
    }

    /// <summary>The value a column is ordered by: a label for choices, a name for lookups, else its plain value.</summary>
    public object? SortKey(BoundColumn column, object? stored)
    {
        var plain = ScalarValue.Of(stored);
        if (plain is null)
        {
            return null;
        }
        return column.Kind switch
        {
            QueryColumnKind.Choice or QueryColumnKind.State or QueryColumnKind.Status when !_rawOrderBy && plain is int value =>
                column.Table.OptionLabel(column.Name, value) ?? value.ToString(CultureInfo.InvariantCulture),
            QueryColumnKind.Lookup or QueryColumnKind.Customer or QueryColumnKind.Owner =>
                stored is EntityReference reference ? NameOf(reference) : null,
            _ => plain,
        };
    }

    /// <summary>True when the sort key of the column is text (label or name) rather than its plain value.</summary>
    public bool SortsByText(BoundColumn column) => column.Kind switch
    {
        QueryColumnKind.Choice or QueryColumnKind.State or QueryColumnKind.Status => !_rawOrderBy,
        QueryColumnKind.Lookup or QueryColumnKind.Customer or QueryColumnKind.Owner => true,
        _ => false,
    };

    /// <summary>Compares two rows' sort keys under the orders' directions.</summary>
    public static int CompareKeys(object?[] left, object?[] right, IReadOnlyList<BoundOrder> orders)
    {
        for (var j = 0; j < orders.Count; j++)
        {
            var c = ScalarValue.CompareNullsFirst(left[j], right[j]);
            if (c != 0)
            {
                return orders[j].Descending ? -c : c;
            }
        }
        return 0;
    }

    private string? NameOf(EntityReference reference)
    {
        var name = _source.PrimaryNameOf(reference.LogicalName, reference.Id) ?? reference.Name;
        return string.IsNullOrEmpty(name) ? null : name;
    }

    private static int CompareIds(Entity?[] left, Entity?[] right, int leftPosition, int rightPosition)
    {
        for (var slot = 0; slot < left.Length; slot++)
        {
            var a = left[slot];
            var b = right[slot];
            if (ReferenceEquals(a, b))
            {
                continue;
            }
            if (a is null || b is null)
            {
                return a is null ? -1 : 1;
            }
            var c = ScalarValue.CompareGuids(a.Id, b.Id);
            if (c != 0)
            {
                return c;
            }
        }
        return leftPosition.CompareTo(rightPosition);
    }
}
