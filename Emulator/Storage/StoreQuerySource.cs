using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Querying;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Storage;

/// <summary>The store as the query engine sees it, for one caller at one moment.</summary>
internal sealed class StoreQuerySource : IQuerySource
{
    private readonly DataStore store;
    private readonly Dictionary<string, StoreQueryTable> tables = new(StringComparer.Ordinal);

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

    public IQueryTable Table(string logicalName)
    {
        if (!tables.TryGetValue(logicalName ?? string.Empty, out var table))
        {
            var definition = store.Catalog.Table(logicalName);
            table = new StoreQueryTable(definition, store.Table(definition.LogicalName));
            tables.Add(definition.LogicalName, table);
        }

        return table;
    }

    public string? PrimaryNameOf(string logicalName, Guid id) => RecordNames.Of(store, logicalName, id);
}

/// <summary>One table of the store with the metadata the query engine needs.</summary>
internal sealed class StoreQueryTable : IQueryTable
{
    private readonly TableDefinition definition;
    private readonly TableStore rows;

    public StoreQueryTable(TableDefinition definition, TableStore rows)
    {
        this.definition = definition;
        this.rows = rows;
    }

    public string LogicalName => definition.LogicalName;

    public string PrimaryIdAttribute => definition.PrimaryIdAttribute;

    public string? PrimaryNameAttribute => definition.PrimaryNameAttribute;

    public string? HierarchyParentAttribute => definition.HierarchyParentAttribute;

    public QueryColumnKind? KindOf(string column)
    {
        var found = definition.FindColumn(column);
        return found == null ? null : ToQueryKind(found.Kind);
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

    public IEnumerable<Entity> Rows() => rows.Rows().Select(row => row.Data);

    public IEnumerable<Entity> RowsWhereEqual(string column, object key) =>
        rows.RowsWhereEqual(column, key).Select(row => row.Data);

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
