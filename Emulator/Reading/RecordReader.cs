using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Storage;
using CrmIndependence.Emulator.Writing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator.Reading;

/// <summary>
/// Turns a stored row into what Retrieve returns: a fresh Entity with only the requested columns, null
/// columns absent, the primary key always present, EntityReference.Name from the related row's primary
/// name, FormattedValues for choices, yes/no, money, numbers, dates and lookups, and the RowVersion.
/// </summary>
internal sealed class RecordReader
{
    private readonly DataStore store;
    private readonly Func<EntityReference, string?> nameOf;

    public RecordReader(DataStore store)
    {
        this.store = store;
        nameOf = NameOf;
    }

    /// <summary>The row as Retrieve returns it for a ColumnSet (unknown columns fault, as in Dataverse).</summary>
    public Entity Read(TableDefinition table, StoredRow row, ColumnSet columns)
    {
        if (columns.AllColumns)
        {
            return Read(table, row, (IReadOnlyCollection<string>?)null);
        }

        var names = new HashSet<string>(columns.Columns.Count, StringComparer.Ordinal);
        foreach (var column in columns.Columns)
        {
            names.Add(store.Catalog.Column(table, column).LogicalName);
        }

        return Read(table, row, names);
    }

    /// <summary>The row with the listed columns, or every column when <paramref name="columns"/> is null.</summary>
    public Entity Read(TableDefinition table, StoredRow row, IReadOnlyCollection<string>? columns)
    {
        var entity = new Entity(table.LogicalName, row.Id) { RowVersion = row.Version.ToString(CultureInfo.InvariantCulture) };
        var wanted = columns == null ? null : columns as HashSet<string> ?? new HashSet<string>(columns, StringComparer.Ordinal);
        foreach (var pair in row.Data.Attributes)
        {
            if (wanted != null && !wanted.Contains(pair.Key) && pair.Key != table.PrimaryIdAttribute)
            {
                continue;
            }

            var column = table.FindColumn(pair.Key);
            var value = ValueCopier.Copy(pair.Value);
            if (value is EntityReference reference)
            {
                reference.Name = NameOf(reference);
            }
            else if (value is EntityCollection parties)
            {
                foreach (var party in parties.Entities)
                {
                    if (party.GetAttributeValue<EntityReference>("partyid") is { } partyId)
                    {
                        partyId.Name = NameOf(partyId);
                    }
                }
            }

            entity.Attributes[pair.Key] = value;
            if (column != null && value != null && FormattedValueText.For(column, value, nameOf) is { } text)
            {
                entity.FormattedValues[pair.Key] = text;
            }
        }

        return entity;
    }

    public string? NameOf(EntityReference reference) => RecordNames.Of(store, reference.LogicalName, reference.Id);
}
