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
    public IEnumerable<KeyValuePair<string, object?>> BooleanDefaults(TableDefinition table, Entity target) =>
        table.Columns
            .Where(column => column.Kind == ColumnKind.YesNo && column.DefaultValue is bool && !column.IsPlatformManaged && !target.Contains(column.LogicalName))
            .Select(column => new KeyValuePair<string, object?>(column.LogicalName, column.DefaultValue));

    /// <summary>The system columns a Create's PreOperation Target shows (id, created/modified, owner, state, status).</summary>
    public IEnumerable<KeyValuePair<string, object?>> CreateAdditions(TableDefinition table, Entity target, Guid id, WriteContext context)
    {
        var user = new EntityReference("systemuser", context.UserId);
        var additions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [table.PrimaryIdAttribute] = id,
            ["createdon"] = context.Now,
            ["createdby"] = user,
            ["modifiedon"] = context.Now,
            ["modifiedby"] = ValueCopier.Copy(user),
            ["modifiedonbehalfby"] = context.OnBehalfOfUserId is { } behalf ? new EntityReference("systemuser", behalf) : null,
        };
        if (table.IsUserOwned)
        {
            var owner = target.Attributes.TryGetValue("ownerid", out var given) && given is EntityReference reference
                ? reference
                : new EntityReference("systemuser", context.UserId);
            additions["ownerid"] = ValueCopier.Copy(owner);
            foreach (var pair in OwnerColumns(owner))
            {
                additions[pair.Key] = pair.Value;
            }
        }

        if (table.HasStateModel)
        {
            var pair = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["statecode"] = target.Attributes.TryGetValue("statecode", out var state) ? state as OptionSetValue : null,
                ["statuscode"] = target.Attributes.TryGetValue("statuscode", out var status) ? status as OptionSetValue : null,
            };
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

        return additions.Where(pair => table.HasColumn(pair.Key) && !target.Contains(pair.Key));
    }

    /// <summary>Validates a caller's columns without writing (so a malformed request fails before any plug-in runs).</summary>
    public void Check(TableDefinition table, Entity target, Guid id, WriteContext context) => Validate(table, target.Attributes, id, context);

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

        var values = Validate(table, target.Attributes, id, context);
        foreach (var key in target.KeyAttributes.Where(key => !values.ContainsKey(key.Key)))
        {
            values[key.Key] = validator.Normalize(table, Catalog.Column(table, key.Key), key.Value);
        }

        AddSystemColumns(table, values, context);
        AddDefaults(table, target, values);
        StateRules.ForCreate(table, values, id, context.AllowCloseStates || context.Seeding);
        ComputedColumns.Apply(table, values, existing: null);
        AlternateKeys.EnsureUnique(store, table, id, column => values.TryGetValue(column, out var value) ? value : null);
        parties.Prepare(table, id, values);

        var row = store.Insert(table, id, values);
        mirror.Created(table, row);
        parties.Written(table, id, values);
        return row;
    }

    /// <summary>The Update Target's PreOperation additions: modifiedon and modifiedby.</summary>
    public IEnumerable<KeyValuePair<string, object?>> UpdateAdditions(TableDefinition table, Entity target, WriteContext context)
    {
        var additions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["modifiedon"] = context.Now,
            ["modifiedby"] = new EntityReference("systemuser", context.UserId),
        };
        return additions.Where(pair => table.HasColumn(pair.Key) && !target.Contains(pair.Key));
    }

    public void Update(TableDefinition table, StoredRow row, Entity target, WriteContext context)
    {
        var changes = Validate(table, target.Attributes, row.Id, context);
        StateRules.ForUpdate(table, changes, row.Id, context.AllowCloseStates || context.Seeding);
        if (changes.TryGetValue("ownerid", out var owner) && table.IsUserOwned)
        {
            if (owner is not EntityReference newOwner)
            {
                throw Faults.Refused($"The owner of a {table.LogicalName} cannot be cleared (row {row.Id}).");
            }

            foreach (var pair in OwnerColumns(newOwner))
            {
                changes[pair.Key] = pair.Value;
            }
        }

        if (!context.Seeding || !changes.ContainsKey("modifiedon"))
        {
            SetIfColumn(table, changes, "modifiedon", context.Now);
        }

        if (!context.Seeding || !changes.ContainsKey("modifiedby"))
        {
            SetIfColumn(table, changes, "modifiedby", new EntityReference("systemuser", context.UserId));
        }

        SetIfColumn(table, changes, "modifiedonbehalfby", context.OnBehalfOfUserId is { } behalf ? new EntityReference("systemuser", behalf) : null);
        ComputedColumns.Apply(table, changes, row);
        AlternateKeys.EnsureUnique(store, table, row.Id, column => changes.TryGetValue(column, out var value) ? value : row[column]);
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

    /// <summary>The columns the platform derives from an owner: owningbusinessunit, owninguser, owningteam.</summary>
    public IEnumerable<KeyValuePair<string, object?>> OwnerColumns(EntityReference owner)
    {
        var ownerRow = store.Find(owner.LogicalName, owner.Id);
        var businessUnit = ownerRow?["businessunitid"] as EntityReference;
        yield return new("owningbusinessunit", businessUnit == null ? null : new EntityReference("businessunit", businessUnit.Id));
        yield return new("owninguser", owner.LogicalName == "systemuser" ? new EntityReference("systemuser", owner.Id) : null);
        yield return new("owningteam", owner.LogicalName == "team" ? new EntityReference("team", owner.Id) : null);
    }

    private Dictionary<string, object?> Validate(TableDefinition table, AttributeCollection attributes, Guid id, WriteContext context)
    {
        // Room for the system columns a Create adds, so the map is not regrown while they are added.
        var values = new Dictionary<string, object?>(attributes.Count + SystemColumnsRoom, StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            var column = Catalog.Column(table, attribute.Key);
            if (column.LogicalName == table.PrimaryIdAttribute)
            {
                if (attribute.Value is not Guid given || given != id)
                {
                    throw Faults.Refused($"The primary key '{column.LogicalName}' of table '{table.LogicalName}' holds {attribute.Value ?? "null"}, which is not the row's id {id}.");
                }

                continue;
            }

            if (column.IsPlatformManaged && !context.Seeding)
            {
                continue;
            }

            values[column.LogicalName] = validator.Normalize(table, column, attribute.Value);
        }

        return values;
    }

    private const int SystemColumnsRoom = 16;

    private void AddSystemColumns(TableDefinition table, Dictionary<string, object?> values, WriteContext context)
    {
        var user = new EntityReference("systemuser", context.UserId);
        var createdOn = context.Now;
        if (values.TryGetValue("overriddencreatedon", out var overridden) && overridden is DateTime original)
        {
            if (original > context.Now)
            {
                throw Faults.ValueOutOfRange(table.LogicalName, "overriddencreatedon", original, "it cannot be in the future");
            }

            createdOn = original;
            values["overriddencreatedon"] = context.Now;
        }

        SetDefault(table, values, "createdon", createdOn, context.Seeding);
        SetDefault(table, values, "modifiedon", values.TryGetValue("createdon", out var created) && created is DateTime c ? c : createdOn, context.Seeding);
        SetDefault(table, values, "createdby", user, context.Seeding);
        SetDefault(table, values, "modifiedby", ValueCopier.Copy(user), context.Seeding);
        if (context.OnBehalfOfUserId is { } behalf)
        {
            SetDefault(table, values, "createdonbehalfby", new EntityReference("systemuser", behalf), context.Seeding);
            SetDefault(table, values, "modifiedonbehalfby", new EntityReference("systemuser", behalf), context.Seeding);
        }

        if (table.IsUserOwned)
        {
            if (values.TryGetValue("ownerid", out var given) && given == null)
            {
                values.Remove("ownerid");
            }

            var owner = values.TryGetValue("ownerid", out var set) && set is EntityReference reference ? reference : user;
            values["ownerid"] = ValueCopier.Copy(owner);
            foreach (var pair in OwnerColumns(owner))
            {
                values[pair.Key] = pair.Value;
            }
        }
        else if (table.Ownership == TableOwnership.BusinessUnit && values.TryGetValue("businessunitid", out var unit) && unit is EntityReference unitReference)
        {
            values["owningbusinessunit"] = new EntityReference("businessunit", unitReference.Id);
        }

        if (table.IsActivity)
        {
            values["activitytypecode"] = table.LogicalName;
        }
    }

    private void AddDefaults(TableDefinition table, Entity target, Dictionary<string, object?> values)
    {
        foreach (var column in table.Columns)
        {
            if (column.DefaultValue == null || target.Contains(column.LogicalName) || values.ContainsKey(column.LogicalName))
            {
                continue;
            }

            values[column.LogicalName] = column.Kind == ColumnKind.Choice ? new OptionSetValue((int)column.DefaultValue) : column.DefaultValue;
        }

        if (table.HasColumn("transactioncurrencyid") && !values.ContainsKey("transactioncurrencyid") && baseCurrency() is { } currency)
        {
            values["transactioncurrencyid"] = new EntityReference("transactioncurrency", currency);
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
