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
/// keys unique and activitypointer in step, and writes the store. What the steps see added to a Target before
/// they run is <see cref="TargetAdditions"/>.
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

    public RecordWriter(DataStore store, ValueValidator validator, Func<Guid?> baseCurrency, Func<Guid> newId)
    {
        this.store = store;
        this.validator = validator;
        this.baseCurrency = baseCurrency;
        mirror = new ActivityPointerMirror(store);
        parties = new ActivityParties(store, newId);
    }

    private MetadataCatalog Catalog => store.Catalog;

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

            OwnerColumns.Set(store, changes, newOwner, shared: true);
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
            OwnerColumns.Set(store, values, owner, shared: true);
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
