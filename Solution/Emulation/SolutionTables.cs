using System;
using System.Collections.Concurrent;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Emulation
{
    /// <summary>
    /// Loads the solution's tables into the emulator's metadata from the solution source (issue 5, item 7), so
    /// a plugin that writes a column the solution does not define fails its tests. The custom tables are built
    /// with <see cref="TableBuilder"/> (which adds the platform's system columns) plus every column of the
    /// source; the solution's columns on system tables (opportunity) are added to the standard table.
    /// </summary>
    public static class SolutionTables
    {
        private static readonly ConcurrentDictionary<string, Lazy<MetadataCatalog>> Loaded = new(StringComparer.Ordinal);

        /// <summary>
        /// The standard catalog plus the tables of the solution source in <paramref name="solutionFolder"/>. The
        /// folder is read once per process (the source does not change while tests or the demo run); each call
        /// returns its own copy, so an org that adds tables never changes another's.
        /// </summary>
        public static MetadataCatalog CreateCatalog(string solutionFolder)
        {
            var loaded = Loaded.GetOrAdd(Path.GetFullPath(solutionFolder), folder => new Lazy<MetadataCatalog>(() => Read(folder)));
            return loaded.Value.Copy();
        }

        private static MetadataCatalog Read(string solutionFolder)
        {
            var catalog = MetadataCatalog.CreateStandard();
            AddTo(catalog, SolutionSource.Load(solutionFolder).Model);
            return catalog;
        }

        public static void AddTo(MetadataCatalog catalog, SolutionModel model)
        {
            foreach (var table in model.SolutionOnly.Where(table => !table.IsCustom))
            {
                var standard = catalog.FindTable(table.LogicalName)
                    ?? throw new InvalidOperationException($"The solution adds columns to '{table.LogicalName}', which the emulator's standard tables do not have.");
                var extra = table.Columns.Where(column => !standard.HasColumn(column.LogicalName)).Select(Column).ToArray();
                catalog.AddColumns(table.LogicalName, extra);
            }

            foreach (var table in model.SolutionOnly.Where(table => table.IsCustom))
            {
                catalog.Add(Build(table));
            }
        }

        public static TableDefinition Build(TableModel table)
        {
            TableBuilder Start()
            {
                var builder = table.IsActivity
                    ? TableBuilder.Define(table.LogicalName, primaryName: null)
                        .Activity(StatusesOf(table).ToArray())
                        .StateModel(StatesOf(table), StatusesOf(table))
                    : TableBuilder.Define(table.LogicalName, table.PrimaryNameAttribute, table.FindColumn(table.PrimaryNameAttribute!)?.MaxLength ?? 100)
                        .StateModel(StatesOf(table), StatusesOf(table));
                builder.DisplayName(table.DisplayName ?? table.LogicalName);
                if (table.HasActivities)
                {
                    builder.HasActivities();
                }

                if (table.Ownership == "OrgOwned")
                {
                    builder.OrganizationOwned();
                }

                return builder;
            }

            // What the platform adds by itself; everything else comes from the source.
            var platform = Start().Build();
            var builder = Start();
            foreach (var column in table.Columns.Where(column => column.Type is not (ColumnType.State or ColumnType.Status or ColumnType.PrimaryKey)))
            {
                if (!platform.HasColumn(column.LogicalName) || column.IsCustom)
                {
                    builder.Column(Column(column));
                }
            }

            foreach (var key in table.Keys)
            {
                builder.AlternateKey(key.Name, key.Columns.ToArray());
            }

            return builder.Build();
        }

        private static IEnumerable<StateDefinition> StatesOf(TableModel table) =>
            table.FindColumn("statecode")?.Options.Select(o => new StateDefinition(o.Value, o.Label, o.DefaultStatus ?? o.Value + 1))
            ?? Enumerable.Empty<StateDefinition>();

        private static IEnumerable<StatusDefinition> StatusesOf(TableModel table) =>
            table.FindColumn("statuscode")?.Options.Select(o => new StatusDefinition(o.Value, o.Label, o.State ?? 0))
            ?? Enumerable.Empty<StatusDefinition>();

        /// <summary>The emulator's definition of a column of the solution source.</summary>
        public static ColumnDefinition Column(ColumnModel column)
        {
            var name = column.LogicalName;
            var definition = column.Type switch
            {
                ColumnType.Text => ColumnDefinition.Text(name, column.MaxLength ?? 100),
                ColumnType.Memo => ColumnDefinition.MultilineText(name, column.MaxLength ?? 2000),
                ColumnType.WholeNumber => ColumnDefinition.WholeNumber(name, (int)(column.MinValue ?? int.MinValue), (int)(column.MaxValue ?? int.MaxValue)),
                ColumnType.BigInt => ColumnDefinition.BigInt(name),
                ColumnType.Decimal => ColumnDefinition.Decimal(name, column.Precision ?? 2, column.MinValue ?? -100_000_000_000m, column.MaxValue ?? 100_000_000_000m),
                ColumnType.Float => ColumnDefinition.Float(name),
                ColumnType.Money => ColumnDefinition.Money(name, column.Precision ?? 2),
                ColumnType.Boolean => ColumnDefinition.YesNo(name,
                    trueLabel: column.Options.FirstOrDefault(o => o.Value == 1)?.Label ?? "Yes",
                    falseLabel: column.Options.FirstOrDefault(o => o.Value == 0)?.Label ?? "No"),
                ColumnType.DateTime => ColumnDefinition.DateTime(name, column.DateOnly ? DateTimeBehavior.DateOnly : DateTimeBehavior.UserLocal),
                ColumnType.Choice => ColumnDefinition.Choice(name, column.Options.Select(o => new OptionDefinition(o.Value, o.Label)).ToArray()),
                ColumnType.Lookup => ColumnDefinition.Lookup(name, column.Targets.ToArray()),
                ColumnType.Customer => ColumnDefinition.Customer(name),
                ColumnType.Owner => new ColumnDefinition(name, ColumnKind.Owner) { Targets = new[] { "systemuser", "team" } },
                ColumnType.UniqueIdentifier or ColumnType.PrimaryKey => ColumnDefinition.UniqueIdentifier(name),
                _ => throw new NotSupportedException($"The emulator has no column kind for {column.Type} ('{name}')."),
            };
            return definition with { DisplayName = column.DisplayName };
        }
    }
}
