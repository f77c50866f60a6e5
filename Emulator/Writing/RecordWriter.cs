using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Writing;

/// <summary>
/// The core operation of Create, Update and Delete: validates the values, adds what the platform adds
/// (ids, created/modified columns, owner, state and status, defaults, computed columns), keeps alternate
/// keys unique and activitypointer in step, and writes the store.
/// </summary>
internal sealed class RecordWriter
{
    private readonly DataStore store;
    private readonly ValueValidator validator;
    private readonly ActivityPointerMirror mirror;
    private readonly ActivityParties parties;
    private readonly Func<Guid?> baseCurrency;
    private readonly Dictionary<string, object?> createValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> updateValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> createAdditions = new(SystemColumnsRoom, StringComparer.Ordinal);
    private readonly Dictionary<string, object?> statePair = new(2, StringComparer.Ordinal);
    private readonly Dictionary<TableDefinition, int> createRooms = new(ReferenceEqualityComparer.Instance);

    public RecordWriter(DataStore store, ValueValidator validator, Func<Guid?> baseCurrency, Func<Guid> newId)
    {
        this.store = store;
        this.validator = validator;
        this.baseCurrency = baseCurrency;
        mirror = new ActivityPointerMirror(store);
        parties = new ActivityParties(store, newId);
    }

    private MetadataCatalog Catalog => store.Catalog;

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

            AddOwnerColumns(additions, owner, shared: false);
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

    /// <summary>Validates a caller's columns without writing (so a malformed request fails before any plug-in runs).</summary>
    public void Check(TableDefinition table, Entity target, Guid id, WriteContext context)
    {
        using var pairs = ColumnPairs.Of(target.Attributes);
        foreach (var attribute in pairs.Pairs)
        {
            if (ValueToStore(table, attribute, id, context) is { } column)
            {
                validator.Check(table, column, attribute.Value);
            }
        }
    }

    public StoredRow Create(TableDefinition table, Entity target, Guid id, WriteContext context)
    {
        if ((!table.IsCreatable || table.IsIntersect) && !context.Seeding)
        {
            throw Faults.Refused($"Rows of table '{table.LogicalName}' cannot be created directly.");
        }

        if (store.Exists(table.LogicalName, id))
        {
            throw Faults.DuplicateId(table.LogicalName, id);
        }

        // The values only live until the row is stored (Insert copies them): one map, reused by every Create.
        var values = createValues;
        values.Clear();
        try
        {
            Validate(table, target.Attributes, id, context, values);
            if (target.KeyAttributes.Count > 0)
            {
                foreach (var key in target.KeyAttributes)
                {
                    if (!values.ContainsKey(key.Key))
                    {
                        values[key.Key] = validator.Normalize(table, Catalog.Column(table, key.Key), key.Value);
                    }
                }
            }

            AddSystemColumns(table, values, context);
            AddDefaults(table, target, values);
            StateRules.ForCreate(table, values, id, context.AllowCloseStates || context.Seeding);
            ComputedColumns.Apply(table, values, existing: null);
            AlternateKeys.EnsureUnique(store, table, id, values);
            parties.Prepare(table, id, values);

            var row = store.Insert(table, id, values);
            mirror.Created(table, row);
            parties.Written(table, id, values);
            return row;
        }
        finally
        {
            values.Clear();
        }
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

    public void Update(TableDefinition table, StoredRow row, Entity target, WriteContext context)
    {
        // The changes only live until the row is written (the store keeps their values, not the map): one map, reused by every Update.
        var changes = updateValues;
        changes.Clear();
        try
        {
            Update(table, row, target, context, changes);
        }
        finally
        {
            changes.Clear();
        }
    }

    private void Update(TableDefinition table, StoredRow row, Entity target, WriteContext context, Dictionary<string, object?> changes)
    {
        Validate(table, target.Attributes, row.Id, context, changes);
        StateRules.ForUpdate(table, changes, row.Id, context.AllowCloseStates || context.Seeding);
        if (changes.TryGetValue("ownerid", out var owner) && table.IsUserOwned)
        {
            if (owner is not EntityReference newOwner)
            {
                throw Faults.Refused($"The owner of a {table.LogicalName} cannot be cleared (row {row.Id}).");
            }

            AddOwnerColumns(changes, newOwner, shared: true);
        }

        // Values bound for the store: its shared date, references and choices.
        if (!context.Seeding || !changes.ContainsKey("modifiedon"))
        {
            SetIfColumn(table, changes, "modifiedon", store.SharedDate(context.Now));
        }

        if (!context.Seeding || !changes.ContainsKey("modifiedby"))
        {
            SetIfColumn(table, changes, "modifiedby", store.SharedReference("systemuser", context.UserId));
        }

        SetIfColumn(table, changes, "modifiedonbehalfby", context.OnBehalfOfUserId is { } behalf ? store.SharedReference("systemuser", behalf) : null);
        ComputedColumns.Apply(table, changes, row);
        if (table.Keys.Count > 0)
        {
            AlternateKeys.EnsureUnique(store, table, row.Id, column => changes.TryGetValue(column, out var value) ? value : row[column]);
        }

        parties.Prepare(table, row.Id, changes);
        store.Update(row, changes);
        mirror.Changed(table, row, changes);
        parties.Written(table, row.Id, changes);
    }

    /// <summary>Sets one column without the pipeline (remove-link on delete, 1:N associate).</summary>
    public void SetColumn(TableDefinition table, StoredRow row, string column, object? value, WriteContext context)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal) { [column] = value };
        SetIfColumn(table, changes, "modifiedon", context.Now);
        SetIfColumn(table, changes, "modifiedby", new EntityReference("systemuser", context.UserId));
        store.Update(row, changes);
        mirror.Changed(table, row, changes);
    }

    /// <summary>Removes a row, its N:N associations and its activitypointer mirror (cascades are the Delete message's job).</summary>
    public void Delete(TableDefinition table, StoredRow row)
    {
        foreach (var relationship in Catalog.ManyToManyOf(table.LogicalName))
        {
            var (own, _, _) = relationship.ColumnsFrom(table.LogicalName);
            var intersect = store.Table(relationship.IntersectTable);
            foreach (var link in intersect.RowsWhereEqual(own, row.Id).ToList())
            {
                store.Delete(link);
            }

            if (relationship.Table1 == relationship.Table2)
            {
                foreach (var link in intersect.RowsWhereEqual(relationship.Table2IntersectAttribute, row.Id).ToList())
                {
                    store.Delete(link);
                }
            }
        }

        mirror.Deleted(table, row.Id);
        parties.Deleted(table, row.Id);
        store.Delete(row);
    }

    /// <summary>
    /// Sets the columns the platform derives from an owner: owningbusinessunit, owninguser, owningteam.
    /// <paramref name="shared"/>: the values go straight to the store (its shared references), not to a Target.
    /// </summary>
    private void AddOwnerColumns(IDictionary<string, object?> values, EntityReference owner, bool shared)
    {
        var ownerRow = store.Find(owner.LogicalName, owner.Id);
        var businessUnit = ownerRow?["businessunitid"] as EntityReference;
        values["owningbusinessunit"] = businessUnit == null ? null : Reference("businessunit", businessUnit.Id, shared);
        values["owninguser"] = owner.LogicalName == "systemuser" ? Reference("systemuser", owner.Id, shared) : null;
        values["owningteam"] = owner.LogicalName == "team" ? Reference("team", owner.Id, shared) : null;
    }

    private EntityReference Reference(string logicalName, Guid id, bool shared) =>
        shared ? store.SharedReference(logicalName, id) : new EntityReference(logicalName, id);

    private Dictionary<string, object?> Validate(TableDefinition table, AttributeCollection attributes, Guid id, WriteContext context, Dictionary<string, object?>? into = null)
    {
        // Room for the system columns a Create adds, so the map is not regrown while they are added.
        var values = into ?? new Dictionary<string, object?>(attributes.Count + SystemColumnsRoom, StringComparer.Ordinal);
        using var pairs = ColumnPairs.Of(attributes);
        foreach (var attribute in pairs.Pairs)
        {
            if (ValueToStore(table, attribute, id, context) is { } column)
            {
                values[column.LogicalName] = validator.Normalize(table, column, attribute.Value);
            }
        }

        return values;
    }

    /// <summary>The column a written value goes to; null for the primary key (checked: it must be the row's id) and for a column only the platform writes.</summary>
    private ColumnDefinition? ValueToStore(TableDefinition table, KeyValuePair<string, object> attribute, Guid id, WriteContext context)
    {
        var column = Catalog.Column(table, attribute.Key);
        if (column.LogicalName == table.PrimaryIdAttribute)
        {
            if (attribute.Value is not Guid given || given != id)
            {
                throw Faults.Refused($"The primary key '{column.LogicalName}' of table '{table.LogicalName}' holds {attribute.Value ?? "null"}, which is not the row's id {id}.");
            }

            return null;
        }

        return column.IsPlatformManaged && !context.Seeding ? null : column;
    }

    private const int SystemColumnsRoom = 16;

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

    // Only for values going straight to the store: references are the store's shared ones.
    private void AddSystemColumns(TableDefinition table, Dictionary<string, object?> values, WriteContext context)
    {
        var user = store.SharedReference("systemuser", context.UserId);
        var createdOn = store.SharedDate(context.Now);
        if (values.TryGetValue("overriddencreatedon", out var overridden) && overridden is DateTime original)
        {
            if (original > context.Now)
            {
                throw Faults.ValueOutOfRange(table.LogicalName, "overriddencreatedon", original, "it cannot be in the future");
            }

            values["overriddencreatedon"] = createdOn;
            createdOn = overridden;
        }

        SetDefault(table, values, "createdon", createdOn, context.Seeding);
        SetDefault(table, values, "modifiedon", values.TryGetValue("createdon", out var created) && created is DateTime ? created : createdOn, context.Seeding);
        SetDefault(table, values, "createdby", user, context.Seeding);
        SetDefault(table, values, "modifiedby", user, context.Seeding);
        if (context.OnBehalfOfUserId is { } behalf)
        {
            SetDefault(table, values, "createdonbehalfby", store.SharedReference("systemuser", behalf), context.Seeding);
            SetDefault(table, values, "modifiedonbehalfby", store.SharedReference("systemuser", behalf), context.Seeding);
        }

        if (table.IsUserOwned)
        {
            if (values.TryGetValue("ownerid", out var given) && given == null)
            {
                values.Remove("ownerid");
            }

            var owner = values.TryGetValue("ownerid", out var set) && set is EntityReference reference ? reference : user;
            values["ownerid"] = owner.Name == null ? store.SharedReference(owner.LogicalName, owner.Id) : ValueCopier.Copy(owner);
            AddOwnerColumns(values, owner, shared: true);
        }
        else if (table.Ownership == TableOwnership.BusinessUnit && values.TryGetValue("businessunitid", out var unit) && unit is EntityReference unitReference)
        {
            values["owningbusinessunit"] = store.SharedReference("businessunit", unitReference.Id);
        }

        if (table.IsActivity)
        {
            values["activitytypecode"] = table.LogicalName;
        }
    }

    private void AddDefaults(TableDefinition table, Entity target, Dictionary<string, object?> values)
    {
        var columns = table.Columns;
        for (var index = 0; index < columns.Count; index++)
        {
            var column = columns[index];
            if (column.DefaultValue == null || target.Contains(column.LogicalName) || values.ContainsKey(column.LogicalName))
            {
                continue;
            }

            values[column.LogicalName] = column.Kind == ColumnKind.Choice ? store.SharedOption((int)column.DefaultValue) : column.DefaultValue;
        }

        if (table.HasColumn("transactioncurrencyid") && !values.ContainsKey("transactioncurrencyid") && baseCurrency() is { } currency)
        {
            values["transactioncurrencyid"] = store.SharedReference("transactioncurrency", currency);
        }
    }

    private static void SetDefault(TableDefinition table, Dictionary<string, object?> values, string column, object value, bool keepGiven)
    {
        if (table.HasColumn(column) && (!keepGiven || !values.ContainsKey(column) || values[column] == null))
        {
            values[column] = value;
        }
    }

    private static void SetIfColumn(TableDefinition table, Dictionary<string, object?> values, string column, object? value)
    {
        if (table.HasColumn(column))
        {
            values[column] = value;
        }
    }
}
