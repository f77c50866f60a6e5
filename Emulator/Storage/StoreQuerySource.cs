using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Querying;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Storage;

/// <summary>
/// The store as the query engine sees it, for one caller at one moment. It counts the rows its tables
/// yield to the engine (<see cref="RowsExamined"/>): the query engine itself knows nothing of the count.
/// </summary>
internal sealed class StoreQuerySource : IQuerySource, IQueryRelationships
{
    private readonly DataStore store;
    private readonly Dictionary<string, StoreQueryTable> tables = new(StringComparer.Ordinal);
    private readonly RowTally examined = new();

    public StoreQuerySource(DataStore store, Guid callerId, Guid callerBusinessUnitId, DateTime utcNow)
    {
        this.store = store;
        CallerId = callerId;
        CallerBusinessUnitId = callerBusinessUnitId;
        UtcNow = utcNow;
    }

    public Guid CallerId { get; }

    public Guid CallerBusinessUnitId { get; }

    public DateTime UtcNow { get; }

    /// <summary>Which rows of a table the caller may read (null: all); set by RetrieveMultiple when security is on.</summary>
    public Func<TableDefinition, Func<Entity, bool>?>? ReadFilter { get; init; }

    /// <summary>
    /// Rows the store has yielded to the engine so far through <see cref="IQueryTable.Rows"/> (a scan) and
    /// <see cref="IQueryTable.RowsWhereEqual"/> (an index look-up), on every table of the query, joined ones
    /// included. A row yielded twice (e.g. probed by two joins) counts twice; a row never reached because
    /// the engine stopped reading early (an exists check that found its match) does not count.
    /// </summary>
    public int RowsExamined => examined.Count;

    public IQueryTable Table(string logicalName)
    {
        if (!tables.TryGetValue(logicalName ?? string.Empty, out var table))
        {
            var definition = store.Catalog.Table(logicalName);
            table = new StoreQueryTable(definition, store.Table(definition.LogicalName), examined, ReadFilter?.Invoke(definition));
            tables.Add(definition.LogicalName, table);
        }

        return table;
    }

    public string? PrimaryNameOf(string logicalName, Guid id) => RecordNames.Of(store, logicalName, id);

    public IReadOnlyList<string> LookupsTo(string table, string target)
    {
        var definition = store.Catalog.FindTable(table);
        if (definition == null)
        {
            return Array.Empty<string>();
        }

        var lookups = new List<string>();
        foreach (var column in definition.Columns)
        {
            if (column.IsLookup && store.Catalog.IsValidTarget(column, target))
            {
                lookups.Add(column.LogicalName);
            }
        }

        lookups.Sort(StringComparer.Ordinal);
        return lookups;
    }

    public string? IntersectColumnFor(string intersect, string table)
    {
        foreach (var relationship in store.Catalog.ManyToManyOf(table))
        {
            if (relationship.IntersectTable == intersect)
            {
                return relationship.ColumnsFrom(table).Own;
            }
        }

        return null;
    }
}

/// <summary>A count shared by a query source and its tables.</summary>
internal sealed class RowTally
{
    public int Count;
}

/// <summary>One table of the store with the metadata the query engine needs; counts every row it yields.</summary>
internal sealed class StoreQueryTable : IQueryTable
{
    private readonly TableDefinition definition;
    private readonly TableStore rows;
    private readonly RowTally examined;
    private readonly Func<Entity, bool>? readable;

    public StoreQueryTable(TableDefinition definition, TableStore rows, RowTally examined, Func<Entity, bool>? readable = null)
    {
        this.definition = definition;
        this.rows = rows;
        this.examined = examined;
        this.readable = readable;
    }

    public string LogicalName => definition.LogicalName;

    public string PrimaryIdAttribute => definition.PrimaryIdAttribute;

    public string? PrimaryNameAttribute => definition.PrimaryNameAttribute;

    public string? HierarchyParentAttribute => definition.HierarchyParentAttribute;

    public QueryColumnKind? KindOf(string column)
    {
        var found = definition.FindColumn(column);
        // A party list is not a column a query reads or filters on: its parties are rows of activityparty.
        return found == null || found.Kind == ColumnKind.PartyList ? null : ToQueryKind(found.Kind);
    }

    public string? OptionLabel(string column, int value)
    {
        var found = definition.FindColumn(column);
        if (found == null)
        {
            return null;
        }

        return found.Kind == ColumnKind.YesNo ? (value != 0 ? found.TrueLabel : found.FalseLabel) : found.LabelOf(value);
    }

    public IEnumerable<Entity> Rows() => Counted(rows.Rows());

    public int? CountWhereEqual(string column, object key) => rows.CountWhereEqual(column, key);

    public IEnumerable<Entity> RowsWhereEqual(string column, object key)
    {
        var found = rows.RowsWhereEqual(column, key);
        return found.Length == 0 ? Array.Empty<Entity>() : Counted(found);
    }

    // One iterator per call, as the Select it replaces; a row is counted when the engine reaches it.
    private IEnumerable<Entity> Counted(IEnumerable<StoredRow> scan)
    {
        foreach (var row in scan)
        {
            examined.Count++;
            if (readable == null || readable(row.Data))
            {
                yield return row.Data;
            }
        }
    }

    internal static QueryColumnKind ToQueryKind(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => QueryColumnKind.Text,
        ColumnKind.MultilineText => QueryColumnKind.Memo,
        ColumnKind.WholeNumber => QueryColumnKind.WholeNumber,
        ColumnKind.BigInt => QueryColumnKind.BigInt,
        ColumnKind.Decimal => QueryColumnKind.Decimal,
        ColumnKind.Float => QueryColumnKind.Double,
        ColumnKind.Money => QueryColumnKind.Money,
        ColumnKind.YesNo => QueryColumnKind.Boolean,
        ColumnKind.DateTime => QueryColumnKind.DateTime,
        ColumnKind.Choice => QueryColumnKind.Choice,
        ColumnKind.Lookup => QueryColumnKind.Lookup,
        ColumnKind.Customer => QueryColumnKind.Customer,
        ColumnKind.Owner => QueryColumnKind.Owner,
        ColumnKind.State => QueryColumnKind.State,
        ColumnKind.Status => QueryColumnKind.Status,
        ColumnKind.UniqueIdentifier => QueryColumnKind.UniqueIdentifier,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No query kind for this column kind."),
    };
}

/// <summary>Primary names of rows (what fills EntityReference.Name).</summary>
internal static class RecordNames
{
    public static string? Of(DataStore store, string logicalName, Guid id)
    {
        var table = store.Catalog.FindTable(logicalName);
        if (table?.PrimaryNameAttribute == null)
        {
            return null;
        }

        var row = store.Find(table.LogicalName, id);
        return row?[table.PrimaryNameAttribute] as string;
    }
}
