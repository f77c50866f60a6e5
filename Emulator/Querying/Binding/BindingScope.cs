using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Querying.Model;

namespace CrmIndependence.Emulator.Querying.Binding;

/// <summary>One table visible to conditions and orders: its slot, alias and table.</summary>
internal sealed record ScopedTable(int Slot, string Alias, IQueryTable Table);

/// <summary>
/// The tables a condition may name, and the table it means when it names none. The root scope sees every
/// inner/outer link (conditions with entityname); a link's criteria see only that link; an any/not-any
/// link's criteria see only the related table.
/// </summary>
internal sealed class BindingScope
{
    private readonly List<ScopedTable> _tables = new();

    public BindingScope(ScopedTable home) => Home = home;

    /// <summary>The table meant when a condition names none.</summary>
    public ScopedTable Home { get; }

    public void Add(ScopedTable table) => _tables.Add(table);

    /// <summary>The table an entityname means: an alias first, then a table name used once, else a fault.</summary>
    public ScopedTable Resolve(string? entityName)
    {
        if (string.IsNullOrEmpty(entityName))
        {
            return Home;
        }
        foreach (var table in _tables)
        {
            if (string.Equals(table.Alias, entityName, StringComparison.Ordinal))
            {
                return table;
            }
        }
        ScopedTable? byName = null;
        foreach (var table in _tables)
        {
            if (string.Equals(table.Table.LogicalName, entityName, StringComparison.Ordinal))
            {
                if (byName is not null)
                {
                    throw QueryFaults.InvalidQuery(
                        $"'{entityName}' is linked more than once in this query; name the link by its alias.");
                }
                byName = table;
            }
        }
        return byName ?? throw QueryFaults.UnknownAlias(entityName);
    }

    /// <summary>A column of a scoped table, checked against the table's columns.</summary>
    public static BoundColumn Column(ScopedTable table, string column)
    {
        if (string.IsNullOrEmpty(column))
        {
            throw QueryFaults.InvalidQuery($"A column name is missing for '{table.Table.LogicalName}'.");
        }
        var kind = table.Table.KindOf(column) ?? throw QueryFaults.UnknownColumn(table.Table.LogicalName, column);
        return new BoundColumn(table.Slot, table.Table, column, kind);
    }
}

/// <summary>Hands out the platform's default link aliases: the table name and a counter (contact1, account2...).</summary>
internal sealed class DefaultAliases
{
    private int _counter;

    public string For(EntityNode link)
    {
        _counter++;
        return link.Alias ?? link.LogicalName + _counter.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
