using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Emulator.Metadata;

/// <summary>
/// Every table and relationship the organization knows. Starts with <see cref="StandardTables"/>; the
/// solution's own tables are added as data (<see cref="Add(TableDefinition)"/>), as an import adds them.
/// A lookup column without a declared 1:N relationship gets one named
/// <c>{referenced}_{referencing}_{column}</c>.
/// </summary>
public sealed class MetadataCatalog
{
    private readonly Dictionary<string, TableDefinition> tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelationshipDefinition> relationships = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GlobalChoiceDefinition> globalChoices = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The standard tables, built once per process: tables are immutable, so every org copies only the two maps.</summary>
    private static readonly Lazy<MetadataCatalog> Standard = new(() =>
    {
        var catalog = new MetadataCatalog();
        StandardTables.AddTo(catalog);
        return catalog;
    });

    /// <summary>A catalog with the standard tables (users, business units, teams, sales, activities, settings).</summary>
    public static MetadataCatalog CreateStandard() => Standard.Value.Copy();

    /// <summary>
    /// An independent catalog with the same tables, relationships and global choices: adding to or replacing a table in the
    /// copy leaves this one unchanged. Cheap, because <see cref="TableDefinition"/> is immutable and shared.
    /// </summary>
    public MetadataCatalog Copy()
    {
        var copy = new MetadataCatalog();
        foreach (var (name, table) in tables)
        {
            copy.tables.Add(name, table);
        }

        foreach (var (name, relationship) in relationships)
        {
            copy.relationships.Add(name, relationship);
        }

        foreach (var (name, choice) in globalChoices)
        {
            copy.globalChoices.Add(name, choice);
        }

        return copy;
    }

    public IEnumerable<TableDefinition> Tables => tables.Values;

    public IEnumerable<RelationshipDefinition> Relationships => relationships.Values;

    /// <summary>Adds a table, or replaces the table of that name (to extend a standard table).</summary>
    public MetadataCatalog Add(TableDefinition table)
    {
        tables[table.LogicalName] = table;
        return this;
    }

    /// <summary>Adds columns to a table already in the catalog (e.g. the solution's columns on opportunity).</summary>
    public MetadataCatalog AddColumns(string table, params ColumnDefinition[] columns) => Add(Table(table).WithColumns(columns));

    public MetadataCatalog Add(RelationshipDefinition relationship)
    {
        relationships[relationship.SchemaName] = relationship;
        return this;
    }

    /// <summary>The global choices (RetrieveOptionSet answers from them).</summary>
    public IEnumerable<GlobalChoiceDefinition> GlobalChoices => globalChoices.Values;

    /// <summary>Adds a global choice; a choice column uses it with <c>ColumnDefinition.Choice(...) with { GlobalChoiceName = ... }</c>.</summary>
    public MetadataCatalog AddGlobalChoice(GlobalChoiceDefinition choice)
    {
        globalChoices[choice.Name] = choice;
        return this;
    }

    public GlobalChoiceDefinition? FindGlobalChoice(string? name) =>
        name != null && globalChoices.TryGetValue(name, out var choice) ? choice : null;

    /// <summary>
    /// Every 1:N relationship: the declared ones, and one named <c>{referenced}_{referencing}_{column}</c> for
    /// each lookup target no declared relationship covers.
    /// </summary>
    public IEnumerable<OneToManyRelationship> OneToManyRelationships()
    {
        var declared = relationships.Values.OfType<OneToManyRelationship>().ToList();
        return declared.Concat(ImplicitOneToMany().Where(implicitOne => !declared.Any(one =>
            one.ReferencedTable == implicitOne.ReferencedTable && one.ReferencingTable == implicitOne.ReferencingTable && one.ReferencingAttribute == implicitOne.ReferencingAttribute)));
    }

    public bool TryGetTable(string logicalName, out TableDefinition table)
    {
        if (logicalName != null && tables.TryGetValue(logicalName, out var found))
        {
            table = found;
            return true;
        }

        table = null!;
        return false;
    }

    public TableDefinition? FindTable(string? logicalName) =>
        logicalName != null && tables.TryGetValue(logicalName, out var table) ? table : null;

    /// <summary>The table, or the platform's fault for an unknown table.</summary>
    public TableDefinition Table(string? logicalName) =>
        FindTable(logicalName) ?? throw Faults.UnknownTable(logicalName);

    /// <summary>The column, or the platform's fault naming the table and column.</summary>
    public ColumnDefinition Column(TableDefinition table, string column) =>
        table.FindColumn(column) ?? throw Faults.UnknownColumn(table.LogicalName, column);

    public RelationshipDefinition? FindRelationship(string schemaName)
    {
        if (relationships.TryGetValue(schemaName, out var declared))
        {
            return declared;
        }

        return ImplicitOneToMany().FirstOrDefault(relationship =>
            string.Equals(relationship.SchemaName, schemaName, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether a lookup column may point at a row of <paramref name="targetTable"/>.</summary>
    public bool IsValidTarget(ColumnDefinition column, string targetTable)
    {
        if (column.Targets.Contains(targetTable, StringComparer.Ordinal))
        {
            return true;
        }

        return (column.TargetsActivityEnabledTables && FindTable(targetTable)?.HasActivities == true)
            || (column.TargetsNotesEnabledTables && FindTable(targetTable)?.HasNotes == true);
    }

    /// <summary>The tables a lookup column may point at.</summary>
    public IEnumerable<string> TargetsOf(ColumnDefinition column) =>
        column.TargetsActivityEnabledTables || column.TargetsNotesEnabledTables
            ? column.Targets
                .Concat(tables.Values
                    .Where(table => (column.TargetsActivityEnabledTables && table.HasActivities) || (column.TargetsNotesEnabledTables && table.HasNotes))
                    .Select(table => table.LogicalName))
                .Distinct()
            : column.Targets;

    /// <summary>Every (table, lookup column) that can point at a row of <paramref name="referencedTable"/>.</summary>
    public IEnumerable<(TableDefinition Table, ColumnDefinition Column)> LookupsTo(string referencedTable) =>
        from table in tables.Values
        where !table.IsIntersect
        from column in table.Columns
        where column.IsLookup && !column.IsPlatformManaged && IsValidTarget(column, referencedTable)
        select (table, column);

    /// <summary>Every N:N relationship one of whose sides is <paramref name="table"/>.</summary>
    public IEnumerable<ManyToManyRelationship> ManyToManyOf(string table) =>
        relationships.Values.OfType<ManyToManyRelationship>().Where(relationship => relationship.Table1 == table || relationship.Table2 == table);

    /// <summary>The activity tables (not activitypointer itself).</summary>
    public IEnumerable<TableDefinition> ActivityTables => tables.Values.Where(table => table.IsActivity && table.LogicalName != "activitypointer");

    private IEnumerable<OneToManyRelationship> ImplicitOneToMany() =>
        from table in tables.Values
        from column in table.Columns
        where column.IsLookup
        from target in TargetsOf(column)
        select new OneToManyRelationship($"{target}_{table.LogicalName}_{column.LogicalName}", target, table.LogicalName, column.LogicalName);
}
