using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Emulator.Metadata;

/// <summary>
/// A table: logical name, primary id and name, columns, alternate keys, the statecode/statuscode model
/// and the flags the platform acts on (ownership, activity). Immutable; create one with
/// <see cref="TableBuilder"/> (which adds the system columns every table has).
/// </summary>
public sealed class TableDefinition
{
    private readonly Dictionary<string, ColumnDefinition> columns;
    private readonly ColumnDefinition[] columnList;

    internal TableDefinition(TableBuilder builder, IEnumerable<ColumnDefinition> allColumns)
    {
        LogicalName = builder.LogicalName;
        DisplayName = builder.DisplayNameValue ?? builder.LogicalName;
        PrimaryIdAttribute = builder.PrimaryIdAttributeValue;
        PrimaryNameAttribute = builder.PrimaryNameAttributeValue;
        HierarchyParentAttribute = builder.HierarchyParentValue;
        Ownership = builder.OwnershipValue;
        IsActivity = builder.IsActivityValue;
        HasActivities = builder.HasActivitiesValue;
        HasNotes = builder.HasNotesValue;
        IsIntersect = builder.IsIntersectValue;
        IsCreatable = builder.IsCreatableValue;
        ObjectTypeCode = builder.ObjectTypeCodeValue;
        States = builder.StatesValue.ToArray();
        Statuses = builder.StatusesValue.ToArray();
        Keys = builder.KeysValue.ToArray();
        columns = new Dictionary<string, ColumnDefinition>(StringComparer.Ordinal);
        foreach (var column in allColumns)
        {
            columns[column.LogicalName] = column;
        }

        columnList = columns.Values.ToArray();
        HasPartyLists = columnList.Any(column => column.Kind == ColumnKind.PartyList);
    }

    public string LogicalName { get; }

    public string DisplayName { get; }

    /// <summary>The primary key column, e.g. <c>accountid</c> (<c>activityid</c> for activities).</summary>
    public string PrimaryIdAttribute { get; }

    /// <summary>The primary name column, e.g. <c>name</c>, <c>fullname</c>, <c>subject</c>; null for intersect tables.</summary>
    public string? PrimaryNameAttribute { get; }

    /// <summary>The self-referencing lookup forming the table's hierarchy (parentsystemuserid, parentaccountid).</summary>
    public string? HierarchyParentAttribute { get; }

    public TableOwnership Ownership { get; }

    /// <summary>An activity table: its rows also appear in <c>activitypointer</c>.</summary>
    public bool IsActivity { get; }

    /// <summary>Activities can be set regarding rows of this table.</summary>
    public bool HasActivities { get; }

    /// <summary>Notes (annotation) can be attached to its rows.</summary>
    public bool HasNotes { get; }

    /// <summary>The intersect table of an N:N relationship (written by Associate/Disassociate only).</summary>
    public bool IsIntersect { get; }

    /// <summary>False for tables the SDK cannot create rows in directly (activitypointer, intersect tables).</summary>
    public bool IsCreatable { get; }

    public int? ObjectTypeCode { get; }

    public IReadOnlyList<StateDefinition> States { get; }

    public IReadOnlyList<StatusDefinition> Statuses { get; }

    public IReadOnlyList<AlternateKeyDefinition> Keys { get; }

    /// <summary>The columns in the order they were declared (a list: index it in hot paths, no enumerator).</summary>
    public IReadOnlyList<ColumnDefinition> Columns => columnList;

    public bool HasStateModel => States.Count > 0;

    /// <summary>The table has a party list column (to, from, requiredattendees...): writes then maintain activityparty rows.</summary>
    public bool HasPartyLists { get; }

    public bool IsUserOwned => Ownership == TableOwnership.UserOrTeam;

    public bool HasColumn(string logicalName) => columns.ContainsKey(logicalName);

    public ColumnDefinition? FindColumn(string logicalName) =>
        columns.TryGetValue(logicalName, out var column) ? column : null;

    public StateDefinition? FindState(int value)
    {
        // Loops, not FirstOrDefault: every Create and Update asks, and a closure over the value would be made each time.
        for (var index = 0; index < States.Count; index++)
        {
            if (States[index].Value == value)
            {
                return States[index];
            }
        }

        return null;
    }

    public StatusDefinition? FindStatus(int value)
    {
        for (var index = 0; index < Statuses.Count; index++)
        {
            if (Statuses[index].Value == value)
            {
                return Statuses[index];
            }
        }

        return null;
    }

    /// <summary>The first state (the one a new row starts in, normally 0 / Active or Open).</summary>
    public StateDefinition? InitialState => States.Count == 0 ? null : States[0];

    /// <summary>A copy of this table with more columns (to extend a standard table with the solution's own).</summary>
    public TableDefinition WithColumns(params ColumnDefinition[] extraColumns)
    {
        var builder = TableBuilder.From(this);
        foreach (var column in extraColumns)
        {
            builder.Column(column);
        }

        return builder.Build();
    }

    public override string ToString() => LogicalName;
}
