using System;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Plugins.Bookkeeping;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>Relationships and tables: every relationship joins declared tables and columns; every form, view and chart of a table names its columns and queries valid FetchXml; no form shows a bookkeeping column.</summary>
    internal static class TableCheck
    {
        public static void CheckRelationships(SolutionSource source)
        {
            var listed = source.RelationshipList.Root.Elements("EntityRelationship").Select(r => (string?)r.Attribute("Name") ?? "").ToList();
            var defined = source.RelationshipFiles.SelectMany(file => file.Root.Elements("EntityRelationship").Select(r => (File: file.File, Element: r))).ToList();
            foreach (var (file, relationship) in defined)
            {
                var name = (string?)relationship.Attribute("Name") ?? "";
                if (!listed.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    throw new SolutionSourceException(source.RelationshipList.File, "<EntityRelationships>", $"does not list the relationship '{name}' defined in {file}.");
                }

                var referencing = ((string?)relationship.Element("ReferencingEntityName") ?? "").ToLowerInvariant();
                var referenced = ((string?)relationship.Element("ReferencedEntityName") ?? "").ToLowerInvariant();
                var attribute = ((string?)relationship.Element("ReferencingAttributeName") ?? "").ToLowerInvariant();
                var table = source.Model.FindTable(referencing)
                    ?? throw new SolutionSourceException(file, SolutionSourceException.Describe(relationship), $"has the unknown referencing table '{referencing}'.");
                if (!table.HasColumn(attribute))
                {
                    throw new SolutionSourceException(file, SolutionSourceException.Describe(relationship), $"names the column '{attribute}', which '{referencing}' does not have.");
                }

                if (referenced != "owner" && source.Model.FindTable(referenced) == null)
                {
                    throw new SolutionSourceException(file, SolutionSourceException.Describe(relationship), $"has the unknown referenced table '{referenced}'.");
                }
            }

            foreach (var name in listed.Where(name => defined.All(d => !string.Equals((string?)d.Element.Attribute("Name"), name, StringComparison.OrdinalIgnoreCase))))
            {
                throw new SolutionSourceException(source.RelationshipList.File, $"<EntityRelationship Name='{name}'>", "is listed but defined in no file of Other/Relationships/.");
            }
        }

        public static void CheckEntities(SolutionSource source)
        {
            var prefix = source.Prefix + "_";
            foreach (var entity in source.Entities)
            {
                var table = source.Model.FindTable(entity.LogicalName)!;
                var file = entity.Entity.File;
                var own = source.Model.SolutionOnly.First(t => t.LogicalName == entity.LogicalName);
                if (own.IsCustom && !entity.LogicalName.StartsWith(prefix, StringComparison.Ordinal))
                {
                    throw new SolutionSourceException(file, "<Name>", $"the table '{entity.SchemaName}' does not carry the publisher prefix '{prefix}'.");
                }

                if (own.IsCustom && own.PrimaryNameAttribute == null)
                {
                    throw new SolutionSourceException(file, "<attributes>", "no attribute has PrimaryName in its DisplayMask.");
                }

                foreach (var column in own.Columns.Where(column => column.IsCustom))
                {
                    if (!column.LogicalName.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        throw new SolutionSourceException(file, $"<attribute PhysicalName='{column.SchemaName}'>", $"a custom column must carry the publisher prefix '{prefix}'.");
                    }

                    if (column.Type is ColumnType.Lookup && column.Targets.Count == 0)
                    {
                        throw new SolutionSourceException(file, $"<attribute PhysicalName='{column.SchemaName}'>", "is a lookup without a relationship in Other/Relationships/ naming its target table.");
                    }

                    if (column.Type is ColumnType.Choice && column.Options.Count == 0)
                    {
                        throw new SolutionSourceException(file, $"<attribute PhysicalName='{column.SchemaName}'>", "is a choice without options.");
                    }
                }

                foreach (var (type, form) in entity.Forms)
                {
                    foreach (var control in form.Root.Descendants("control").Where(control => control.Attribute("datafieldname") != null))
                    {
                        var field = (string)control.Attribute("datafieldname")!;
                        if (!table.HasColumn(field))
                        {
                            throw new SolutionSourceException(form.File, SolutionSourceException.Describe(control), $"binds column '{field}', which '{table.LogicalName}' does not have.");
                        }

                        var bookkeeping = SuiteColumns.Bookkeeping.FirstOrDefault(column => column.Table == table.LogicalName && column.Column == field);
                        if (bookkeeping != null)
                        {
                            throw new SolutionSourceException(form.File, SolutionSourceException.Describe(control),
                                $"shows '{field}', the suite's bookkeeping ({bookkeeping.Why}), which means nothing to the people who open the form; remove its cell.");
                        }
                    }

                    if (form.Root.Element("systemform")?.Element("formid") == null)
                    {
                        throw new SolutionSourceException(form.File, "<systemform>", $"the {type} form has no <formid>.");
                    }

                    foreach (var grid in form.Root.Descendants("control").Where(control => string.Equals((string?)control.Attribute("classid"), SubgridClassId, StringComparison.OrdinalIgnoreCase)))
                    {
                        CheckSubgrid(source, form.File, grid, table);
                    }
                }

                if (own.IsCustom)
                {
                    if (!entity.Forms.Any(form => form.Type == "main"))
                    {
                        throw new SolutionSourceException(file, "<FormXml>", "a custom table needs a main form (FormXml/main/).");
                    }

                    foreach (var (queryType, what) in new[] { (0, "public"), (1, "advanced find"), (2, "associated"), (4, "quick find"), (64, "lookup") })
                    {
                        if (!entity.SavedQueries.Any(view => (int?)view.Element("querytype") == queryType))
                        {
                            throw new SolutionSourceException(file, "<SavedQueries>", $"a custom table needs its {what} view (querytype {queryType}).");
                        }
                    }
                }

                foreach (var viewFile in entity.Views)
                {
                    foreach (var view in viewFile.Root.Elements("savedquery"))
                    {
                        CheckView(source, viewFile.File, view, table);
                    }
                }

                foreach (var chartFile in entity.Charts)
                {
                    foreach (var chart in chartFile.Root.Elements("visualization"))
                    {
                        CheckChart(source, chartFile.File, chart, table);
                    }
                }
            }
        }

        /// <summary>The classid of a subgrid control (FormXml: a grid of related rows).</summary>
        public const string SubgridClassId = "{E7A81278-8635-4d9e-8D4D-59480B391C5B}";

        /// <summary>
        /// A subgrid on a form of <paramref name="table"/> lists rows of its TargetEntityType related through its
        /// RelationshipName, in the layout of its ViewId: the relationship must join the two tables (the target
        /// referencing the form's table) and the view must be one of the target table's views in the solution.
        /// </summary>
        private static void CheckSubgrid(SolutionSource source, string file, XElement grid, TableModel table)
        {
            var parameters = grid.Element("parameters");
            var target = ((string?)parameters?.Element("TargetEntityType") ?? "").ToLowerInvariant();
            var relationshipName = (string?)parameters?.Element("RelationshipName") ?? "";
            var viewId = SolutionValidator.NormalizeId((string?)parameters?.Element("ViewId"));
            var entity = source.Entities.FirstOrDefault(e => e.LogicalName == target)
                ?? throw new SolutionSourceException(file, SolutionSourceException.Describe(grid), $"lists '{target}', a table without views in the solution; name one in <TargetEntityType>.");
            var relationship = source.Relationships.FirstOrDefault(r => string.Equals((string?)r.Attribute("Name"), relationshipName, StringComparison.OrdinalIgnoreCase));
            if (relationship == null
                || !string.Equals((string?)relationship.Element("ReferencingEntityName"), target, StringComparison.OrdinalIgnoreCase)
                || !string.Equals((string?)relationship.Element("ReferencedEntityName"), table.LogicalName, StringComparison.OrdinalIgnoreCase))
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(grid),
                    $"names the relationship '{relationshipName}', which is not a relationship of Other/Relationships/ from '{table.LogicalName}' to '{target}'; name the one whose lookup on {target} points to {table.LogicalName}.");
            }

            if (!entity.SavedQueries.Any(view => SolutionValidator.NormalizeId((string?)view.Element("savedqueryid")) == viewId))
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(grid), $"shows the view {{{viewId}}}, which is not a view of '{target}'.");
            }
        }

        private static void CheckView(SolutionSource source, string file, XElement view, TableModel table)
        {
            if (view.Element("savedqueryid") == null)
            {
                throw new SolutionSourceException(file, "<savedquery>", "has no <savedqueryid>.");
            }

            var fetch = view.Element("fetchxml")?.Element("fetch")
                ?? throw new SolutionSourceException(file, "<savedquery>", "has no <fetchxml><fetch>.");
            var selected = FetchXmlCheck.Check(source.Model, file, fetch, table.LogicalName);
            var grid = view.Element("layoutxml")?.Element("grid");
            if (grid == null)
            {
                return;
            }

            foreach (var cell in grid.Descendants("cell"))
            {
                var name = (string?)cell.Attribute("name") ?? "";
                if (!selected.Contains(name))
                {
                    throw new SolutionSourceException(file, SolutionSourceException.Describe(cell), $"shows '{name}', which the view's FetchXml does not select.");
                }
            }

            var rowId = (string?)grid.Element("row")?.Attribute("id");
            if (rowId != null && !selected.Contains(rowId))
            {
                throw new SolutionSourceException(file, "<row>", $"its id '{rowId}' is not selected by the FetchXml.");
            }
        }

        private static void CheckChart(SolutionSource source, string file, XElement chart, TableModel table)
        {
            var fetch = chart.Element("datadescription")?.Element("datadefinition")?.Element("fetchcollection")?.Element("fetch")
                ?? throw new SolutionSourceException(file, SolutionSourceException.Describe(chart), "has no <datadescription><datadefinition><fetchcollection><fetch>.");
            var selected = FetchXmlCheck.Check(source.Model, file, fetch, table.LogicalName);
            foreach (var alias in chart.Descendants().Where(e => e.Name.LocalName is "category" or "measure").Select(e => (string?)e.Attribute("alias")))
            {
                if (alias == null || !selected.Contains(alias))
                {
                    throw new SolutionSourceException(file, "<categorycollection>", $"uses alias '{alias}', which the chart's FetchXml does not define.");
                }
            }
        }
    }
}
