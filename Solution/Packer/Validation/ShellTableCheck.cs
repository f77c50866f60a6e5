using System;
using System.Linq;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>
    /// A table the platform already has (opportunity) ships as a shell, as an export of "only the selected
    /// subcomponents" writes it: root component behavior 2, an <c>&lt;entity&gt;</c> holding only the columns the suite
    /// adds, and none of the table's own properties (display names, description, entity set, auditing…). With behavior
    /// 0 or 1 and those properties, an unmanaged import would overwrite the customer's names and settings of their table
    /// (RootComponentBehavior: 0 include subcomponents, 1 do not include subcomponents — the table's metadata is, 2
    /// include as shell only). A real export of a shell that adds columns (the Appointment of a 2026 export with its
    /// own columns) writes no <c>unmodified</c> attribute: <c>unmodified="1"</c> marks definitions the solution did not
    /// change, which is not true of a table it adds columns to.
    /// </summary>
    internal static class ShellTableCheck
    {
        public const string ShellBehavior = "2";

        /// <summary>What a shell's &lt;entity&gt; may contain: its columns.</summary>
        private static readonly string[] ShellContent = { "attributes" };

        public static void Check(SolutionSource source)
        {
            foreach (var entity in source.Entities)
            {
                var own = source.Model.SolutionOnly.First(table => table.LogicalName == entity.LogicalName);
                if (own.IsCustom)
                {
                    continue;
                }

                var file = entity.Entity.File;
                var info = entity.Entity.Root.Element("EntityInfo")?.Element("entity")
                    ?? throw new SolutionSourceException(file, "<Entity>", "has no <EntityInfo><entity>.");
                if ((string?)info.Attribute("unmodified") == "1" && own.Columns.Any())
                {
                    throw new SolutionSourceException(file, SolutionSourceException.Describe(info),
                        $"unmodified=\"1\" marks '{entity.LogicalName}' as unchanged, but the solution adds columns to it; a shell that adds columns is a plain <entity Name=\"{entity.SchemaName}\">.");
                }

                foreach (var element in info.Elements().Where(element => !ShellContent.Contains(element.Name.LocalName)))
                {
                    throw new SolutionSourceException(file, SolutionSourceException.Describe(element),
                        $"a shell of '{entity.LogicalName}' carries only the columns the suite adds; <{element.Name.LocalName}> would change the customer's table on an unmanaged import.");
                }

                foreach (var column in own.Columns.Where(column => !column.IsCustom))
                {
                    throw new SolutionSourceException(file, $"<attribute PhysicalName='{column.SchemaName}'>",
                        $"is a column of the platform's '{entity.LogicalName}'; a shell carries only the columns the suite adds (IsCustomField 1).");
                }

                var root = source.SolutionManifest.Element("RootComponents")?.Elements("RootComponent")
                    .FirstOrDefault(r => (string?)r.Attribute("type") == "1" && string.Equals((string?)r.Attribute("schemaName"), entity.LogicalName, StringComparison.Ordinal));
                if (root != null && (string?)root.Attribute("behavior") != ShellBehavior)
                {
                    throw new SolutionSourceException(source.Manifest.File, SolutionSourceException.Describe(root),
                        $"behavior=\"{(string?)root.Attribute("behavior")}\" would bring '{entity.LogicalName}''s table metadata (names, settings); a shell is behavior=\"{ShellBehavior}\" (include as shell only).");
                }
            }
        }
    }
}
