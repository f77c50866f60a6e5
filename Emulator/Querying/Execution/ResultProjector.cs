using System.Collections.Generic;
using System.Globalization;
using CrmIndependence.Emulator.Querying.Binding;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Querying.Execution;

/// <summary>
/// Builds the result entity of a joined row: the primary key (and Entity.Id), the selected non-null
/// columns as fresh values (lookups carry the related record's current primary name), linked columns as
/// AliasedValue under "alias.column" (or the column's own alias), and formatted values for choices,
/// states, statuses, Booleans (labels) and lookups (names).
/// </summary>
internal sealed class ResultProjector
{
    private readonly IQuerySource _source;
    private readonly BoundQuery _query;

    public ResultProjector(IQuerySource source, BoundQuery query)
    {
        _source = source;
        _query = query;
    }

    public Entity Project(Entity?[] row)
    {
        var root = row[0]!;
        var table = _query.RootTable;
        var result = new Entity(table.LogicalName);
        if (_query.IncludePrimaryKey)
        {
            result.Id = root.Id;
            result.Attributes[table.PrimaryIdAttribute] = root.Id;
        }
        foreach (var all in _query.AllColumns)
        {
            AddAll(result, all, row[all.Slot]);
        }
        foreach (var selection in _query.Selections)
        {
            if (selection.Column.StoredIn(row) is { } stored)
            {
                var column = selection.Column;
                Add(result, selection.ResultKey, column.Table, column.Name, column.Kind, stored, selection.IsAliased);
            }
        }
        if (result.Id == default && result.Attributes.TryGetValue(table.PrimaryIdAttribute, out var id) && id is System.Guid guid)
        {
            result.Id = guid;
        }
        return result;
    }

    /// <summary>A copy of a stored value that shares nothing mutable with the store.</summary>
    public object Copy(object stored) => stored switch
    {
        EntityReference reference => new EntityReference(reference.LogicalName, reference.Id)
        {
            Name = _source.PrimaryNameOf(reference.LogicalName, reference.Id) ?? reference.Name,
        },
        OptionSetValue option => new OptionSetValue(option.Value),
        Money money => new Money(money.Value),
        _ => stored,
    };

    /// <summary>The formatted value of a returned value, or null when the platform returns none for its kind.</summary>
    public static string? Format(IQueryTable table, string column, QueryColumnKind kind, object value) => kind switch
    {
        QueryColumnKind.Choice or QueryColumnKind.State or QueryColumnKind.Status when Plain(value) is int option =>
            table.OptionLabel(column, option) ?? option.ToString(CultureInfo.InvariantCulture),
        QueryColumnKind.Boolean when value is bool flag =>
            table.OptionLabel(column, flag ? 1 : 0) ?? (flag ? "Yes" : "No"),
        QueryColumnKind.Lookup or QueryColumnKind.Customer or QueryColumnKind.Owner when value is EntityReference reference =>
            string.IsNullOrEmpty(reference.Name) ? null : reference.Name,
        _ => null,
    };

    private void AddAll(Entity result, BoundAllColumns all, Entity? source)
    {
        if (source is null)
        {
            return;
        }
        var table = all.Slot == 0 ? _query.RootTable : _query.Links[all.Slot - 1].Table;
        var aliased = all.Alias is not null;
        foreach (var attribute in source.Attributes)
        {
            if (attribute.Value is null || table.KindOf(attribute.Key) is not { } kind)
            {
                continue;
            }
            var key = aliased ? all.Alias + "." + attribute.Key : attribute.Key;
            Add(result, key, table, attribute.Key, kind, attribute.Value, aliased);
        }
        var primaryKey = aliased ? all.Alias + "." + table.PrimaryIdAttribute : table.PrimaryIdAttribute;
        if (!result.Attributes.ContainsKey(primaryKey))
        {
            Add(result, primaryKey, table, table.PrimaryIdAttribute, QueryColumnKind.UniqueIdentifier, source.Id, aliased);
        }
    }

    private void Add(Entity result, string key, IQueryTable table, string column, QueryColumnKind kind, object stored, bool aliased)
    {
        var value = Copy(stored);
        result.Attributes[key] = aliased ? new AliasedValue(table.LogicalName, column, value) : value;
        if (Format(table, column, kind, value) is { } formatted)
        {
            result.FormattedValues[key] = formatted;
        }
    }

    private static object? Plain(object value) => value switch
    {
        OptionSetValue option => option.Value,
        _ => value,
    };
}

/// <summary>Equality of result entities by their returned values, for distinct.</summary>
internal sealed class DistinctRowKey
{
    private readonly Dictionary<string, object?> _values = new(System.StringComparer.Ordinal);
    private readonly int _hash;

    public DistinctRowKey(Entity entity)
    {
        foreach (var attribute in entity.Attributes)
        {
            var plain = Values.ScalarValue.Of(attribute.Value);
            _values[attribute.Key] = plain;
            _hash ^= System.HashCode.Combine(attribute.Key, Values.ScalarEqualityComparer.Instance.GetHashCode(plain));
        }
    }

    public override int GetHashCode() => _hash;

    public override bool Equals(object? obj)
    {
        if (obj is not DistinctRowKey other || other._values.Count != _values.Count)
        {
            return false;
        }
        foreach (var pair in _values)
        {
            if (!other._values.TryGetValue(pair.Key, out var value)
                || !Values.ScalarEqualityComparer.Instance.Equals(pair.Value, value))
            {
                return false;
            }
        }
        return true;
    }
}
