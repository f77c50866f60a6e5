using System;
using System.Collections.Generic;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Querying;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Emulator.Querying;

/// <summary>
/// A small in-memory store for the query engine's tests: tables with typed columns, option labels, a
/// hierarchy, and equality indexes built on demand (it counts scans, so tests can check the engine
/// uses the index).
/// </summary>
internal sealed class FakeQuerySource : IQuerySource
{
    private readonly Dictionary<string, FakeTable> _tables = new(StringComparer.Ordinal);

    public Guid CallerId { get; set; }

    public Guid CallerBusinessUnitId { get; set; }

    public DateTime UtcNow { get; set; } = new(2024, 6, 12, 10, 30, 0, DateTimeKind.Utc);

    public FakeTable AddTable(string logicalName, string primaryId, string? primaryName = null, string? hierarchyParent = null)
    {
        var table = new FakeTable(logicalName, primaryId, primaryName, hierarchyParent);
        _tables[logicalName] = table;
        return table;
    }

    public FakeTable this[string logicalName] => _tables[logicalName];

    public IQueryTable Table(string logicalName) =>
        _tables.TryGetValue(logicalName, out var table)
            ? table
            : throw Faults.Create(Faults.QueryBuilderNoAttribute, $"Could not find an entity with name {logicalName}.");

    public string? PrimaryNameOf(string logicalName, Guid id) =>
        _tables.TryGetValue(logicalName, out var table) && table.PrimaryNameAttribute is { } nameColumn
            && table.Find(id) is { } row && row.Attributes.TryGetValue(nameColumn, out var name)
            ? name as string
            : null;
}

internal sealed class FakeTable : IQueryTable
{
    private readonly Dictionary<string, QueryColumnKind> _columns = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int), string> _labels = new();
    private readonly List<Entity> _rows = new();
    private readonly Dictionary<Guid, Entity> _byId = new();
    private readonly Dictionary<string, Dictionary<object, List<Entity>>> _indexes = new(StringComparer.Ordinal);

    public FakeTable(string logicalName, string primaryId, string? primaryName, string? hierarchyParent)
    {
        LogicalName = logicalName;
        PrimaryIdAttribute = primaryId;
        PrimaryNameAttribute = primaryName;
        HierarchyParentAttribute = hierarchyParent;
        _columns[primaryId] = QueryColumnKind.UniqueIdentifier;
    }

    public string LogicalName { get; }

    public string PrimaryIdAttribute { get; }

    public string? PrimaryNameAttribute { get; }

    public string? HierarchyParentAttribute { get; }

    /// <summary>How many times the engine asked for every row (a scan).</summary>
    public int Scans { get; private set; }

    public int RowCount => _rows.Count;

    public FakeTable Column(string name, QueryColumnKind kind, params (int Value, string Label)[] labels)
    {
        _columns[name] = kind;
        foreach (var (value, label) in labels)
        {
            _labels[(name, value)] = label;
        }
        return this;
    }

    /// <summary>Stores a row; values are the platform's stored types, null values are left out.</summary>
    public Entity Add(Guid id, params (string Column, object? Value)[] values)
    {
        var row = new Entity(LogicalName, id);
        row.Attributes[PrimaryIdAttribute] = id;
        foreach (var (column, value) in values)
        {
            if (!_columns.ContainsKey(column))
            {
                throw new InvalidOperationException($"{LogicalName} has no column {column}");
            }
            if (value is not null)
            {
                row.Attributes[column] = value;
            }
        }
        _rows.Add(row);
        _byId[id] = row;
        _indexes.Clear();
        return row;
    }

    public Entity? Find(Guid id) => _byId.TryGetValue(id, out var row) ? row : null;

    public QueryColumnKind? KindOf(string column) => _columns.TryGetValue(column, out var kind) ? kind : null;

    public string? OptionLabel(string column, int value) => _labels.TryGetValue((column, value), out var label) ? label : null;

    public IEnumerable<Entity> Rows()
    {
        Scans++;
        return _rows;
    }

    public IEnumerable<Entity> RowsWhereEqual(string column, object key)
    {
        if (column == PrimaryIdAttribute)
        {
            return key is Guid id && _byId.TryGetValue(id, out var row) ? [row] : [];
        }
        if (!_indexes.TryGetValue(column, out var index))
        {
            index = new Dictionary<object, List<Entity>>(KeyComparer.Instance);
            foreach (var row in _rows)
            {
                if (row.Attributes.TryGetValue(column, out var value) && Plain(value) is { } plain)
                {
                    if (!index.TryGetValue(plain, out var list))
                    {
                        index[plain] = list = new List<Entity>();
                    }
                    list.Add(row);
                }
            }
            _indexes[column] = index;
        }
        return index.TryGetValue(key, out var matches) ? matches : [];
    }

    private static object? Plain(object? value) => value switch
    {
        OptionSetValue option => option.Value,
        Money money => money.Value,
        EntityReference reference => reference.Id,
        _ => value,
    };

    private sealed class KeyComparer : IEqualityComparer<object>
    {
        public static readonly KeyComparer Instance = new();

        public new bool Equals(object? x, object? y) =>
            x is string a && y is string b ? string.Equals(a, b, StringComparison.OrdinalIgnoreCase) : object.Equals(x, y);

        public int GetHashCode(object obj) => obj is string s
            ? StringComparer.OrdinalIgnoreCase.GetHashCode(s)
            : obj.GetHashCode();
    }
}
