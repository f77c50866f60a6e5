using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Solution.Source
{
    /// <summary>The column types of the solution XML (<c>&lt;Type&gt;</c> of an attribute).</summary>
    public enum ColumnType
    {
        Text,
        Memo,
        WholeNumber,
        BigInt,
        Decimal,
        Float,
        Money,
        Boolean,
        DateTime,
        Choice,
        MultiChoice,
        Lookup,
        Customer,
        Owner,
        State,
        Status,
        PrimaryKey,
        UniqueIdentifier,
        PartyList,
        Other,
    }

    /// <summary>One option of a choice, state or status column.</summary>
    public sealed record OptionModel(int Value, string Label, int? State = null, int? DefaultStatus = null);

    /// <summary>
    /// A column as the solution defines it (or as the platform defines a system table's column): neutral data,
    /// read from the XML, used by the packer's checks, the schema-constant tests and the emulator loader.
    /// </summary>
    public sealed record ColumnModel(string LogicalName, string SchemaName, ColumnType Type)
    {
        public string? DisplayName { get; init; }

        public string RequiredLevel { get; init; } = "none";

        public int? MaxLength { get; init; }

        public decimal? MinValue { get; init; }

        public decimal? MaxValue { get; init; }

        public int? Precision { get; init; }

        /// <summary>Date and time: true when only the date is kept (Behavior 2 / DateOnly).</summary>
        public bool DateOnly { get; init; }

        public IReadOnlyList<OptionModel> Options { get; init; } = Array.Empty<OptionModel>();

        /// <summary>Lookup: the tables it points to (from the relationships; owner: systemuser and team).</summary>
        public IReadOnlyList<string> Targets { get; init; } = Array.Empty<string>();

        /// <summary>Defined by the solution (IsCustomField), as opposed to a system column.</summary>
        public bool IsCustom { get; init; }

        /// <summary>Valid for Create / Update through the API.</summary>
        public bool ValidForCreate { get; init; } = true;

        public bool ValidForUpdate { get; init; } = true;
    }

    public sealed record KeyModel(string Name, IReadOnlyList<string> Columns);

    /// <summary>A table: its own columns (custom tables) or the solution's columns on a system table.</summary>
    public sealed class TableModel
    {
        private readonly Dictionary<string, ColumnModel> columns;

        public TableModel(string logicalName, string schemaName, IEnumerable<ColumnModel> columns)
        {
            LogicalName = logicalName;
            SchemaName = schemaName;
            this.columns = new Dictionary<string, ColumnModel>(StringComparer.Ordinal);
            foreach (var column in columns)
            {
                this.columns[column.LogicalName] = column;
            }
        }

        public string LogicalName { get; }

        public string SchemaName { get; }

        public string? DisplayName { get; init; }

        public string? PrimaryIdAttribute { get; init; }

        public string? PrimaryNameAttribute { get; init; }

        /// <summary>UserOwned or OrgOwned.</summary>
        public string Ownership { get; init; } = "UserOwned";

        public bool IsActivity { get; init; }

        /// <summary>
        /// Activities enabled: the table is the target of an activity's Regarding (a relationship in Other/Relationships/
        /// whose referencing column is RegardingObjectId, as the platform creates when activities are turned on).
        /// </summary>
        public bool HasActivities { get; init; }

        /// <summary>A table the solution creates (false: a system table the solution adds columns to).</summary>
        public bool IsCustom { get; init; }

        /// <summary>A system table known to the packer only (not in the solution source).</summary>
        public bool IsPlatform { get; init; }

        public IReadOnlyList<KeyModel> Keys { get; init; } = Array.Empty<KeyModel>();

        public IReadOnlyCollection<ColumnModel> Columns => columns.Values;

        public bool HasColumn(string logicalName) => columns.ContainsKey(logicalName);

        public ColumnModel? FindColumn(string logicalName) => columns.TryGetValue(logicalName, out var column) ? column : null;

        public override string ToString() => LogicalName;
    }

    /// <summary>
    /// Every table the solution defines or extends, merged with the platform tables the packer knows
    /// (<see cref="PlatformTables"/>), so a view, form or step can be checked against real columns.
    /// </summary>
    public sealed class SolutionModel
    {
        private readonly Dictionary<string, TableModel> tables;

        public SolutionModel(IEnumerable<TableModel> solutionTables)
        {
            tables = new Dictionary<string, TableModel>(StringComparer.Ordinal);
            foreach (var platform in PlatformTables.All)
            {
                tables[platform.LogicalName] = platform;
            }

            foreach (var table in solutionTables)
            {
                if (tables.TryGetValue(table.LogicalName, out var platform) && !table.IsCustom)
                {
                    // The solution's columns on a system table: add them to what the platform has.
                    tables[table.LogicalName] = new TableModel(table.LogicalName, table.SchemaName, platform.Columns.Concat(table.Columns))
                    {
                        DisplayName = platform.DisplayName,
                        PrimaryIdAttribute = platform.PrimaryIdAttribute,
                        PrimaryNameAttribute = platform.PrimaryNameAttribute,
                        Ownership = platform.Ownership,
                        IsActivity = platform.IsActivity,
                        IsCustom = false,
                        IsPlatform = false,
                        Keys = platform.Keys,
                    };
                    SolutionOnly.Add(table);
                }
                else
                {
                    tables[table.LogicalName] = table;
                    SolutionOnly.Add(table);
                }
            }
        }

        /// <summary>The tables as the solution source has them (custom tables whole; system tables with the solution's columns only).</summary>
        public List<TableModel> SolutionOnly { get; } = new();

        public IEnumerable<TableModel> Tables => tables.Values;

        public TableModel? FindTable(string? logicalName) =>
            logicalName != null && tables.TryGetValue(logicalName, out var table) ? table : null;

        public bool HasColumn(string table, string column) => FindTable(table)?.HasColumn(column) == true;
    }
}
