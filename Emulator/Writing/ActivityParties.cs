using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Writing;

/// <summary>
/// The party lists of activities (an appointment's required and optional attendees and organizer, an email's from, to,
/// cc and bcc, a phone call's from and to: the columns of kind PartyList), as Microsoft Learn
/// documents them ("ActivityParty table"): a party list is written as an <see cref="EntityCollection"/> of
/// <c>activityparty</c> entities, each naming its party in <c>partyid</c>; the platform keeps one <c>activityparty</c>
/// row per party (activityid, partyid, participationtypemask), which queries read. Writing a list replaces that list's
/// rows; deleting the activity deletes them.
/// </summary>
internal sealed class ActivityParties
{
    public const string Table = "activityparty";
    private readonly DataStore store;
    private readonly Func<Guid> newId;

    public ActivityParties(DataStore store, Func<Guid> newId)
    {
        this.store = store;
        this.newId = newId;
    }

    /// <summary>
    /// Gives each party of the validated lists in <paramref name="values"/> its row id, the activity and the
    /// participation type, so the stored list and the activityparty rows are the same parties.
    /// </summary>
    public void Prepare(TableDefinition table, Guid activityId, IDictionary<string, object?> values)
    {
        if (!table.HasPartyLists)
        {
            return;
        }

        foreach (var column in PartyColumns(table, values))
        {
            if (values[column.LogicalName] is not EntityCollection parties)
            {
                continue;
            }

            foreach (var party in parties.Entities)
            {
                var id = newId();
                party.Id = id;
                party["activitypartyid"] = id;
                party["activityid"] = new EntityReference("activitypointer", activityId);
                party["participationtypemask"] = new OptionSetValue(column.ParticipationType);
            }
        }
    }

    /// <summary>Replaces the activityparty rows of every party list written in <paramref name="values"/>.</summary>
    public void Written(TableDefinition table, Guid activityId, IReadOnlyDictionary<string, object?> values)
    {
        if (!table.HasPartyLists)
        {
            return;
        }

        var written = PartyColumns(table, values).ToList();
        if (written.Count == 0 || store.Catalog.FindTable(Table) is not { } parties)
        {
            return;
        }

        var types = new HashSet<int>(written.Select(column => column.ParticipationType));
        foreach (var row in store.Table(Table).RowsWhereEqual("activityid", activityId).ToList())
        {
            if (row["participationtypemask"] is OptionSetValue type && types.Contains(type.Value))
            {
                store.Delete(row);
            }
        }

        foreach (var column in written)
        {
            if (values[column.LogicalName] is not EntityCollection list)
            {
                continue;
            }

            foreach (var party in list.Entities)
            {
                store.Insert(parties, party.Id, new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["activityid"] = ValueCopier.Copy(party["activityid"]),
                    ["partyid"] = ValueCopier.Copy(party["partyid"]),
                    ["participationtypemask"] = ValueCopier.Copy(party["participationtypemask"]),
                });
            }
        }
    }

    /// <summary>Deletes the activityparty rows of a deleted activity.</summary>
    public void Deleted(TableDefinition table, Guid activityId)
    {
        if (!table.IsActivity || store.Catalog.FindTable(Table) == null)
        {
            return;
        }

        foreach (var row in store.Table(Table).RowsWhereEqual("activityid", activityId).ToList())
        {
            store.Delete(row);
        }
    }

    private static IEnumerable<ColumnDefinition> PartyColumns(TableDefinition table, IEnumerable<KeyValuePair<string, object?>> values) =>
        values.Select(pair => table.FindColumn(pair.Key)).Where(column => column is { Kind: ColumnKind.PartyList })!;

    private static IEnumerable<ColumnDefinition> PartyColumns(TableDefinition table, IDictionary<string, object?> values) =>
        PartyColumns(table, (IEnumerable<KeyValuePair<string, object?>>)values);
}
