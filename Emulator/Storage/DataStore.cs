using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Storage;

/// <summary>
/// Every table's rows, the undo journal of the open transaction and the organization-wide row version
/// counter. Stores values exactly as given: callers validate and copy them first (see Writing/).
/// </summary>
internal sealed class DataStore
{
    private readonly Dictionary<string, TableStore> tables = new(StringComparer.Ordinal);
    private readonly ValueInterner interner = new();
    private long lastVersion;

    public DataStore(MetadataCatalog catalog)
    {
        Catalog = catalog;
    }

    public MetadataCatalog Catalog { get; }

    public TransactionJournal Journal { get; } = new();

    /// <summary>The rows of a table of the catalog (the platform's fault for an unknown table).</summary>
    public TableStore Table(string logicalName)
    {
        if (!tables.TryGetValue(logicalName, out var table))
        {
            Catalog.Table(logicalName);
            table = new TableStore(logicalName, Journal);
            tables.Add(logicalName, table);
        }

        return table;
    }

    public StoredRow? Find(string table, Guid id) =>
        tables.TryGetValue(table, out var rows) ? rows.Find(id) : null;

    public bool Exists(string table, Guid id) => Find(table, id) != null;

    public long NextVersion() => ++lastVersion;

    /// <summary>
    /// The reference stored rows share for this row: for values about to be stored, never for ones a caller
    /// or a plug-in sees (those must be their own objects).
    /// </summary>
    public EntityReference SharedReference(string logicalName, Guid id) => interner.Reference(logicalName, id);

    /// <summary>The choice value stored rows share (for values about to be stored only).</summary>
    public OptionSetValue SharedOption(int value) => interner.Option(value);

    /// <summary>A boxed date equal to <paramref name="value"/>, the one stored last when they are equal (boxes never change).</summary>
    public object SharedDate(DateTime value) => interner.Date(value);

    /// <summary>
    /// Stores a new row with the non-null <paramref name="values"/> (a null value is an absent column); the
    /// primary key column and versionnumber are set here.
    /// </summary>
    public StoredRow Insert(TableDefinition table, Guid id, Dictionary<string, object?> values)
    {
        var rows = Table(table.LogicalName);

        // Slots first, so the row's array is made once at its final length (the first rows of a table claim them).
        foreach (var value in values)
        {
            if (value.Value != null)
            {
                rows.Layout.Claim(value.Key);
            }
        }

        rows.Layout.Claim(table.PrimaryIdAttribute);
        rows.Layout.Claim("versionnumber");
        var row = new StoredRow(table.LogicalName, id, rows.Layout) { Version = NextVersion() };
        foreach (var value in values)
        {
            if (value.Value != null)
            {
                row.Set(value.Key, interner.Intern(value.Value));
            }
        }

        row.Set(table.PrimaryIdAttribute, id);
        row.Set("versionnumber", row.Version);
        rows.Insert(row);
        return row;
    }

    /// <summary>Sets columns of a row (null removes one) and gives it a new version.</summary>
    public void Update(StoredRow row, Dictionary<string, object?> changes)
    {
        var version = NextVersion();
        changes["versionnumber"] = version;
        foreach (var column in changes.Keys)
        {
            // Through a reference to the value: the map is not changed while its keys are read.
            ref var value = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(changes, column);
            if (value != null)
            {
                value = interner.Intern(value);
            }
        }

        Table(row.Table).Change(row, changes, version);
    }

    public void Delete(StoredRow row) => Table(row.Table).Delete(row);
}
