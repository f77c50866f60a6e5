using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Writing;

/// <summary>
/// What the platform adds to a Create's or an Update's Target before the steps see it: yes/no defaults before stage
/// 10 of a Create; the id, created/modified columns, owner and owning columns, state and status before its stage 20;
/// modifiedon and modifiedby before an Update's stage 20. The core operation (<see cref="RecordWriter"/>) works out
/// the stored values itself; these are the Target's own objects, which a plug-in may change.
/// </summary>
internal sealed class TargetAdditions
{
    private const int SystemColumnsRoom = 16;
    private readonly DataStore store;
    private readonly Dictionary<string, object?> createAdditions = new(SystemColumnsRoom, StringComparer.Ordinal);
    private readonly Dictionary<string, object?> statePair = new(2, StringComparer.Ordinal);
    private readonly Dictionary<TableDefinition, int> createRooms = new(ReferenceEqualityComparer.Instance);

    public TargetAdditions(DataStore store)
    {
        this.store = store;
    }

    /// <summary>Yes/No defaults a PreValidation Target shows (the only columns the platform adds before stage 20).</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> BooleanDefaults(TableDefinition table, Entity target)
    {
        List<KeyValuePair<string, object?>>? defaults = null;
        var columns = table.Columns;
        for (var index = 0; index < columns.Count; index++)
        {
            var column = columns[index];
            if (column.Kind == ColumnKind.YesNo && column.DefaultValue is bool && !column.IsPlatformManaged && !target.Contains(column.LogicalName))
            {
                (defaults ??= new()).Add(new KeyValuePair<string, object?>(column.LogicalName, column.DefaultValue));
            }
        }

        return defaults ?? (IReadOnlyList<KeyValuePair<string, object?>>)Array.Empty<KeyValuePair<string, object?>>();
    }

    /// <summary>
    /// How many columns <see cref="BooleanDefaults"/> and <see cref="AddCreateColumns"/> can add to a Create's Target
    /// of this table, at most (so its copy is made at that size and never regrown). Counts the columns those two
    /// methods name: keep it in step with them.
    /// </summary>
    public int CreateAdditionsRoom(TableDefinition table)
    {
        if (!createRooms.TryGetValue(table, out var room))
        {
            room = 1 + CountColumns(table, "createdon", "createdby", "modifiedon", "modifiedby", "modifiedonbehalfby")
                + (table.IsUserOwned ? 4 : 0) + (table.HasStateModel ? 2 : 0);
            foreach (var column in table.Columns)
            {
                if (column.Kind == ColumnKind.YesNo && column.DefaultValue is bool && !column.IsPlatformManaged)
                {
                    room++;
                }
            }

            createRooms.Add(table, room);
        }

        return room;
    }

    private static int CountColumns(TableDefinition table, params string[] names) => names.Count(table.HasColumn);

    /// <summary>
    /// Adds to a Create's Target the system columns its PreOperation shows (id, created/modified, owner,
    /// state, status) that it lacks.
    /// </summary>
    public void AddCreateColumns(TableDefinition table, Entity target, Guid id, WriteContext context)
    {
        // A map reused by every Create: emptied before this returns. References are new objects (a plug-in may
        // change them); a boxed date cannot change, so the store's shared one serves.
        var additions = createAdditions;
        additions.Clear();
        var now = store.SharedDate(context.Now);
        additions[table.PrimaryIdAttribute] = id;
        additions["createdon"] = now;
        additions["createdby"] = new EntityReference("systemuser", context.UserId);
        additions["modifiedon"] = now;
        additions["modifiedby"] = new EntityReference("systemuser", context.UserId);
        additions["modifiedonbehalfby"] = context.OnBehalfOfUserId is { } behalf ? new EntityReference("systemuser", behalf) : null;
        if (table.IsUserOwned)
        {
            if (!(target.Attributes.TryGetValue("ownerid", out var given) && given is EntityReference owner))
            {
                owner = new EntityReference("systemuser", context.UserId);
                additions["ownerid"] = owner;
            }

            OwnerColumns.Set(store, additions, owner, shared: false);
        }

        if (table.HasStateModel)
        {
            var pair = statePair;
            pair.Clear();
            pair["statecode"] = target.Attributes.TryGetValue("statecode", out var state) ? state as OptionSetValue : null;
            pair["statuscode"] = target.Attributes.TryGetValue("statuscode", out var status) ? status as OptionSetValue : null;
            try
            {
                StateRules.ForCreate(table, pair, id, allowCloseStates: true);
                additions["statecode"] = pair["statecode"];
                additions["statuscode"] = pair["statuscode"];
            }
            catch (System.ServiceModel.FaultException)
            {
                // The core operation reports the invalid pair.
            }
        }

        AddMissing(table, target, additions);
        additions.Clear();
    }

    /// <summary>Adds to an Update's Target what its PreOperation shows besides the columns sent: modifiedon and modifiedby; <paramref name="added"/> receives their names.</summary>
    public void AddUpdateColumns(TableDefinition table, Entity target, WriteContext context, ICollection<string> added)
    {
        if (table.HasColumn("modifiedon") && !target.Contains("modifiedon"))
        {
            target["modifiedon"] = store.SharedDate(context.Now);
            added.Add("modifiedon");
        }

        if (table.HasColumn("modifiedby") && !target.Contains("modifiedby"))
        {
            target["modifiedby"] = new EntityReference("systemuser", context.UserId);
            added.Add("modifiedby");
        }
    }

    /// <summary>Sets on the Target the additions that are columns of the table and not already in it.</summary>
    private static void AddMissing(TableDefinition table, Entity target, Dictionary<string, object?> additions)
    {
        foreach (var pair in additions)
        {
            if (table.HasColumn(pair.Key) && !target.Contains(pair.Key))
            {
                target[pair.Key] = pair.Value;
            }
        }
    }
}
