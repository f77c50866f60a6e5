using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Querying.Evaluation;
using CrmIndependence.Emulator.Querying.Model;
using CrmIndependence.Emulator.Querying.Values;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Querying.Binding;

// A query after binding: tables resolved, columns checked, values converted, conditions compiled.
// Execution works on "joined rows": Entity?[] with one slot per table of the query (slot 0 = the root,
// then every inner/outer link in document order; null = an outer link without a match).

/// <summary>A column of one slot of the joined row.</summary>
internal sealed class BoundColumn
{
    public BoundColumn(int slot, IQueryTable table, string name, QueryColumnKind kind)
    {
        Slot = slot;
        Table = table;
        Name = name;
        Kind = kind;
        IsPrimaryKey = string.Equals(name, table.PrimaryIdAttribute, StringComparison.Ordinal);
    }

    public int Slot { get; }

    public IQueryTable Table { get; }

    public string Name { get; }

    public QueryColumnKind Kind { get; }

    public bool IsPrimaryKey { get; }

    /// <summary>The stored value in the joined row (the primary key falls back to Entity.Id).</summary>
    public object? StoredIn(Entity?[] row)
    {
        var entity = row[Slot];
        if (entity is null)
        {
            return null;
        }
        if (entity.Attributes.TryGetValue(Name, out var value))
        {
            return value;
        }
        return IsPrimaryKey ? entity.Id : null;
    }

    /// <summary>The plain value (see <see cref="ScalarValue.Of"/>) in the joined row.</summary>
    public object? PlainIn(Entity?[] row) => ScalarValue.Of(StoredIn(row));

    public override string ToString() => $"{Table.LogicalName}.{Name}";
}

/// <summary>One inner or outer link: how its slot is filled from its parent slot.</summary>
internal sealed class BoundLink
{
    public BoundLink(int slot, string alias, IQueryTable table, LinkKind kind, BoundColumn parentColumn, BoundColumn linkedColumn)
    {
        Slot = slot;
        Alias = alias;
        Table = table;
        Kind = kind;
        ParentColumn = parentColumn;
        LinkedColumn = linkedColumn;
    }

    public int Slot { get; }

    public string Alias { get; }

    public IQueryTable Table { get; }

    public LinkKind Kind { get; }

    public BoundColumn ParentColumn { get; }

    public BoundColumn LinkedColumn { get; }

    /// <summary>The link's criteria, evaluated on the joined row once this slot holds a candidate.</summary>
    public RowPredicate? Criteria { get; set; }

    /// <summary>True when the link matches the linked table's primary key: at most one row per parent.</summary>
    public bool IsManyToOne => LinkedColumn.IsPrimaryKey;
}

/// <summary>A column returned by a plain (non-aggregate) query.</summary>
internal sealed class BoundSelection
{
    public BoundSelection(BoundColumn column, string resultKey, bool aliased)
    {
        Column = column;
        ResultKey = resultKey;
        IsAliased = aliased;
    }

    public BoundColumn Column { get; }

    /// <summary>The attribute name in the result ("name", "alias.column" or the column's own alias).</summary>
    public string ResultKey { get; }

    /// <summary>True when the value is returned wrapped in an AliasedValue.</summary>
    public bool IsAliased { get; }
}

/// <summary>A slot whose every column is returned (all-attributes / ColumnSet(true)).</summary>
internal sealed class BoundAllColumns
{
    public BoundAllColumns(int slot, string? alias)
    {
        Slot = slot;
        Alias = alias;
    }

    public int Slot { get; }

    /// <summary>Null for the root (plain attributes); a link's alias otherwise (AliasedValues).</summary>
    public string? Alias { get; }
}

/// <summary>An order on a column of the joined row.</summary>
internal sealed class BoundOrder
{
    public BoundOrder(BoundColumn column, bool descending)
    {
        Column = column;
        Descending = descending;
    }

    public BoundColumn Column { get; }

    public bool Descending { get; }
}

/// <summary>One column of an aggregate query: a group-by or an aggregate, always under an alias.</summary>
internal sealed class BoundAggregateColumn
{
    public BoundAggregateColumn(BoundColumn column, string alias, AggregateFunction function, DateGrouping grouping, bool distinct, bool groupBy)
    {
        Column = column;
        Alias = alias;
        Function = function;
        Grouping = grouping;
        Distinct = distinct;
        IsGroupBy = groupBy;
    }

    public BoundColumn Column { get; }

    public string Alias { get; }

    public AggregateFunction Function { get; }

    public DateGrouping Grouping { get; }

    public bool Distinct { get; }

    public bool IsGroupBy { get; }
}

/// <summary>An order of an aggregate query, on one of its aliases.</summary>
internal sealed record BoundAliasOrder(string Alias, bool Descending);

/// <summary>Everything execution needs.</summary>
internal sealed class BoundQuery
{
    public BoundQuery(QueryModel model, IQueryTable rootTable)
    {
        Model = model;
        RootTable = rootTable;
    }

    public QueryModel Model { get; }

    public IQueryTable RootTable { get; }

    /// <summary>Inner and outer links in document order; link i fills slot i + 1.</summary>
    public List<BoundLink> Links { get; } = new();

    public int SlotCount => Links.Count + 1;

    /// <summary>The root criteria (with any/not-any links and conditions on linked columns).</summary>
    public RowPredicate? Filter { get; set; }

    public bool IncludePrimaryKey { get; set; }

    public List<BoundAllColumns> AllColumns { get; } = new();

    public List<BoundSelection> Selections { get; } = new();

    public List<BoundOrder> Orders { get; } = new();

    /// <summary>True when some order is on a linked column (paging cookies then fall back to page numbers).</summary>
    public bool OrdersOnLinkedColumns { get; set; }

    public List<BoundAggregateColumn> AggregateColumns { get; } = new();

    public List<BoundAliasOrder> AggregateOrders { get; } = new();
}
