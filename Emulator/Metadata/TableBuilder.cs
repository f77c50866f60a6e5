using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Emulator.Metadata;

/// <summary>
/// Builds a <see cref="TableDefinition"/> the way the maker portal creates a table: you name the table,
/// its primary name and its own columns; <see cref="Build"/> adds what every table has (primary key,
/// created/modified columns, versionnumber, owner columns, statecode/statuscode).
/// </summary>
/// <example>
/// <code>
/// var table = TableBuilder.Define("cri_dependencysignal", primaryName: "cri_name")
///     .Lookup("cri_opportunityid", "opportunity")
///     .Choice("cri_kind", new OptionDefinition(1, "Manager edited deal"))
///     .Text("cri_idempotencykey", 200)
///     .AlternateKey("cri_idempotency", "cri_idempotencykey")
///     .Build();
/// </code>
/// </example>
public sealed class TableBuilder
{
    private readonly List<ColumnDefinition> ownColumns = new();

    private TableBuilder(string logicalName)
    {
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw new ArgumentException("A table needs a logical name.", nameof(logicalName));
        }

        LogicalName = logicalName.ToLowerInvariant();
        PrimaryIdAttributeValue = LogicalName + "id";
    }

    internal string LogicalName { get; }
    internal string? DisplayNameValue { get; private set; }
    internal string PrimaryIdAttributeValue { get; private set; }
    internal string? PrimaryNameAttributeValue { get; private set; }
    internal string? HierarchyParentValue { get; private set; }
    internal TableOwnership OwnershipValue { get; private set; } = TableOwnership.UserOrTeam;
    internal bool IsActivityValue { get; private set; }
    internal bool HasActivitiesValue { get; private set; }
    internal bool HasNotesValue { get; private set; }
    internal bool IsIntersectValue { get; private set; }
    internal bool IsCreatableValue { get; private set; } = true;
    internal int? ObjectTypeCodeValue { get; private set; }
    internal List<StateDefinition> StatesValue { get; } = new();
    internal List<StatusDefinition> StatusesValue { get; } = new();
    internal List<AlternateKeyDefinition> KeysValue { get; } = new();
    private bool noStateModel;

    /// <summary>Starts a table; <paramref name="primaryName"/> becomes a text column (max 100 unless given).</summary>
    public static TableBuilder Define(string logicalName, string? primaryName = "name", int primaryNameMaxLength = 100)
    {
        var builder = new TableBuilder(logicalName);
        if (primaryName != null)
        {
            builder.PrimaryNameAttributeValue = primaryName.ToLowerInvariant();
            builder.Column(ColumnDefinition.Text(primaryName, primaryNameMaxLength));
        }

        return builder;
    }

    /// <summary>The intersect table of an N:N relationship: a key and two Guid columns, nothing else.</summary>
    public static TableBuilder Intersect(string logicalName, string primaryId, string firstColumn, string secondColumn)
    {
        var builder = new TableBuilder(logicalName)
        {
            PrimaryIdAttributeValue = primaryId,
            OwnershipValue = TableOwnership.None,
            IsIntersectValue = true,
            IsCreatableValue = false,
            noStateModel = true,
        };
        builder.Column(ColumnDefinition.UniqueIdentifier(firstColumn));
        builder.Column(ColumnDefinition.UniqueIdentifier(secondColumn));
        return builder;
    }

    /// <summary>A builder holding everything an existing table has (to add columns to it).</summary>
    public static TableBuilder From(TableDefinition table)
    {
        var builder = new TableBuilder(table.LogicalName)
        {
            DisplayNameValue = table.DisplayName,
            PrimaryIdAttributeValue = table.PrimaryIdAttribute,
            PrimaryNameAttributeValue = table.PrimaryNameAttribute,
            HierarchyParentValue = table.HierarchyParentAttribute,
            OwnershipValue = table.Ownership,
            IsActivityValue = table.IsActivity,
            HasActivitiesValue = table.HasActivities,
            HasNotesValue = table.HasNotes,
            IsIntersectValue = table.IsIntersect,
            IsCreatableValue = table.IsCreatable,
            ObjectTypeCodeValue = table.ObjectTypeCode,
            noStateModel = !table.HasStateModel,
        };
        builder.StatesValue.AddRange(table.States);
        builder.StatusesValue.AddRange(table.Statuses);
        builder.KeysValue.AddRange(table.Keys);
        builder.ownColumns.AddRange(table.Columns);
        return builder;
    }

    public TableBuilder DisplayName(string displayName) { DisplayNameValue = displayName; return this; }

    public TableBuilder PrimaryId(string logicalName) { PrimaryIdAttributeValue = logicalName.ToLowerInvariant(); return this; }

    public TableBuilder ObjectTypeCode(int code) { ObjectTypeCodeValue = code; return this; }

    public TableBuilder OrganizationOwned() { OwnershipValue = TableOwnership.Organization; return this; }

    public TableBuilder BusinessUnitOwned() { OwnershipValue = TableOwnership.BusinessUnit; return this; }

    /// <summary>Rows without any owner (activityparty): no owner columns, no privileges of their own.</summary>
    public TableBuilder Unowned() { OwnershipValue = TableOwnership.None; return this; }

    public TableBuilder UserOwned() { OwnershipValue = TableOwnership.UserOrTeam; return this; }

    public TableBuilder NotCreatable() { IsCreatableValue = false; return this; }

    /// <summary>Activities can be regarding this table's rows.</summary>
    public TableBuilder HasActivities() { HasActivitiesValue = true; return this; }

    /// <summary>Notes (annotation) can be attached to rows of this table: annotation.objectid accepts it.</summary>
    public TableBuilder HasNotes() { HasNotesValue = true; return this; }

    /// <summary>The self-referencing lookup that forms a hierarchy (used by under/above query operators).</summary>
    public TableBuilder Hierarchy(string parentLookup) { HierarchyParentValue = parentLookup.ToLowerInvariant(); return this; }

    /// <summary>
    /// An activity table: primary key <c>activityid</c>, the activity columns (subject, regarding, scheduled
    /// and actual start/end…) and the Open/Completed/Canceled states with the given status reasons.
    /// </summary>
    public TableBuilder Activity(params StatusDefinition[] statuses)
    {
        IsActivityValue = true;
        OwnershipValue = TableOwnership.UserOrTeam;
        PrimaryIdAttributeValue = "activityid";
        foreach (var column in StandardColumns.Activity())
        {
            Column(column);
        }

        PrimaryNameAttributeValue = "subject";
        var open = statuses.FirstOrDefault(status => status.State == 0)?.Value ?? 1;
        var completed = statuses.FirstOrDefault(status => status.State == 1)?.Value ?? 2;
        var canceled = statuses.FirstOrDefault(status => status.State == 2)?.Value ?? 3;
        StatesValue.Clear();
        StatesValue.Add(new StateDefinition(0, "Open", open));
        StatesValue.Add(new StateDefinition(1, "Completed", completed));
        StatesValue.Add(new StateDefinition(2, "Canceled", canceled));
        StatusesValue.Clear();
        StatusesValue.AddRange(statuses.Length > 0
            ? statuses
            : new[] { new StatusDefinition(1, "Open", 0), new StatusDefinition(2, "Completed", 1), new StatusDefinition(3, "Canceled", 2) });
        return this;
    }

    /// <summary>The statecode values (each with its default status) and the statuscode values.</summary>
    public TableBuilder StateModel(IEnumerable<StateDefinition> states, IEnumerable<StatusDefinition> statuses)
    {
        StatesValue.Clear();
        StatesValue.AddRange(states);
        StatusesValue.Clear();
        StatusesValue.AddRange(statuses);
        noStateModel = StatesValue.Count == 0;
        return this;
    }

    /// <summary>No statecode/statuscode (some system tables).</summary>
    public TableBuilder WithoutStateModel() { noStateModel = true; StatesValue.Clear(); StatusesValue.Clear(); return this; }

    public TableBuilder AlternateKey(string name, params string[] columns)
    {
        KeysValue.Add(new AlternateKeyDefinition(name, columns.Select(column => column.ToLowerInvariant()).ToArray()));
        return this;
    }

    /// <summary>Adds or replaces a column.</summary>
    public TableBuilder Column(ColumnDefinition column)
    {
        ownColumns.RemoveAll(existing => existing.LogicalName == column.LogicalName);
        ownColumns.Add(column);
        return this;
    }

    public TableBuilder Text(string name, int maxLength = 100) => Column(ColumnDefinition.Text(name, maxLength));

    public TableBuilder MultilineText(string name, int maxLength = 2000) => Column(ColumnDefinition.MultilineText(name, maxLength));

    public TableBuilder WholeNumber(string name, int min = int.MinValue, int max = int.MaxValue) => Column(ColumnDefinition.WholeNumber(name, min, max));

    public TableBuilder Decimal(string name, int precision = 2) => Column(ColumnDefinition.Decimal(name, precision));

    public TableBuilder Float(string name) => Column(ColumnDefinition.Float(name));

    public TableBuilder Money(string name) => Column(ColumnDefinition.Money(name));

    public TableBuilder YesNo(string name, bool defaultValue = false) => Column(ColumnDefinition.YesNo(name, defaultValue));

    public TableBuilder DateTime(string name, DateTimeBehavior behavior = DateTimeBehavior.UserLocal) => Column(ColumnDefinition.DateTime(name, behavior));

    public TableBuilder Choice(string name, params OptionDefinition[] options) => Column(ColumnDefinition.Choice(name, options));

    public TableBuilder Lookup(string name, params string[] targets) => Column(ColumnDefinition.Lookup(name, targets));

    public TableBuilder Lookup(string name, DeleteBehavior onTargetDeleted, params string[] targets) =>
        Column(ColumnDefinition.Lookup(name, targets) with { OnTargetDeleted = onTargetDeleted });

    public TableBuilder Customer(string name, DeleteBehavior onTargetDeleted = DeleteBehavior.RemoveLink) =>
        Column(ColumnDefinition.Customer(name) with { OnTargetDeleted = onTargetDeleted });

    public TableBuilder UniqueIdentifier(string name) => Column(ColumnDefinition.UniqueIdentifier(name));

    /// <summary>The table, with the system columns every table of its kind has.</summary>
    public TableDefinition Build()
    {
        var all = new Dictionary<string, ColumnDefinition>(StringComparer.Ordinal);
        foreach (var column in StandardColumns.System(this))
        {
            all[column.LogicalName] = column;
        }

        foreach (var column in ownColumns)
        {
            all[column.LogicalName] = column;
        }

        if (!noStateModel && StatesValue.Count == 0)
        {
            StatesValue.Add(new StateDefinition(0, "Active", 1));
            StatesValue.Add(new StateDefinition(1, "Inactive", 2));
            StatusesValue.Add(new StatusDefinition(1, "Active", 0));
            StatusesValue.Add(new StatusDefinition(2, "Inactive", 1));
        }

        if (StatesValue.Count > 0)
        {
            all["statecode"] = new ColumnDefinition("statecode", ColumnKind.State)
            {
                Options = StatesValue.Select(state => new OptionDefinition(state.Value, state.Label)).ToArray(),
            };
            all["statuscode"] = new ColumnDefinition("statuscode", ColumnKind.Status)
            {
                Options = StatusesValue.Select(status => new OptionDefinition(status.Value, status.Label)).ToArray(),
            };
        }

        foreach (var key in KeysValue)
        {
            foreach (var column in key.Columns.Where(column => !all.ContainsKey(column)))
            {
                throw new ArgumentException($"The alternate key '{key.Name}' of table '{LogicalName}' names column '{column}', which the table does not have.");
            }
        }

        if (PrimaryNameAttributeValue != null && !all.ContainsKey(PrimaryNameAttributeValue))
        {
            throw new ArgumentException($"The primary name '{PrimaryNameAttributeValue}' of table '{LogicalName}' is not one of its columns.");
        }

        return new TableDefinition(this, all.Values);
    }
}
