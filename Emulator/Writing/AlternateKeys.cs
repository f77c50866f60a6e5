using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Writing;

/// <summary>Finds rows by alternate key and keeps key values unique.</summary>
internal static class AlternateKeys
{
    /// <summary>The id of the row with these key values, or null; faults when no key of the table has exactly these columns.</summary>
    public static Guid? Find(DataStore store, ValueValidator validator, TableDefinition table, KeyAttributeCollection keyValues)
    {
        var names = keyValues.Keys.Select(name => name.ToLowerInvariant()).ToHashSet();
        if (names.Count == 1 && names.Contains(table.PrimaryIdAttribute) && keyValues.Values.Single() is Guid id)
        {
            return store.Exists(table.LogicalName, id) ? id : null;
        }

        var key = table.Keys.FirstOrDefault(candidate => candidate.Columns.ToHashSet().SetEquals(names))
            ?? throw Faults.Refused(
                $"The key attributes {string.Join(", ", names)} are not an alternate key of table '{table.LogicalName}'" +
                (table.Keys.Count == 0 ? " (it has none)." : $"; its keys are: {string.Join("; ", table.Keys.Select(k => k.Name + " (" + string.Join(", ", k.Columns) + ")"))}."));

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in keyValues)
        {
            var column = store.Catalog.Column(table, pair.Key.ToLowerInvariant());
            values[column.LogicalName] = validator.Normalize(table, column, pair.Value);
        }

        return Match(store, table, key, values, excluding: null);
    }

    /// <summary>Faults when another row already has the values of one of the table's keys (a new row's values).</summary>
    public static void EnsureUnique(DataStore store, TableDefinition table, Guid id, IReadOnlyDictionary<string, object?> values)
    {
        if (table.Keys.Count > 0)
        {
            EnsureUniqueAmong(store, table, id, values);
        }
    }

    // Apart, so the closure over the values is only made for a table with keys.
    private static void EnsureUniqueAmong(DataStore store, TableDefinition table, Guid id, IReadOnlyDictionary<string, object?> values) =>
        EnsureUnique(store, table, id, column => values.TryGetValue(column, out var value) ? value : null);

    /// <summary>Faults when another row already has the values of one of the table's keys.</summary>
    public static void EnsureUnique(DataStore store, TableDefinition table, Guid id, Func<string, object?> valueOf)
    {
        foreach (var key in table.Keys)
        {
            var values = key.Columns.ToDictionary(column => column, valueOf, StringComparer.Ordinal);
            if (values.Values.Any(value => value == null))
            {
                continue;
            }

            if (Match(store, table, key, values, excluding: id) != null)
            {
                var text = string.Join(", ", values.Select(pair => $"{pair.Key}={Format(pair.Value)}"));
                throw Faults.DuplicateKey(table.LogicalName, new AlternateKeyText(key.Name, text));
            }
        }
    }

    private static Guid? Match(DataStore store, TableDefinition table, AlternateKeyDefinition key, IReadOnlyDictionary<string, object?> values, Guid? excluding)
    {
        var first = key.Columns[0];
        var firstKey = IndexKey.Of(values[first]);
        if (firstKey == null)
        {
            return null;
        }

        foreach (var row in store.Table(table.LogicalName).RowsWhereEqual(first, firstKey))
        {
            if (row.Id == excluding)
            {
                continue;
            }

            if (key.Columns.All(column => IndexKey.Comparer.Equals(IndexKey.Of(row[column]) ?? DBNull.Value, IndexKey.Of(values[column]) ?? DBNull.Value)))
            {
                return row.Id;
            }
        }

        return null;
    }

    private static string Format(object? value) => IndexKey.Of(value) switch
    {
        null => "null",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? string.Empty,
    };
}
