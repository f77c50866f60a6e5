using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>
    /// Checks a view's or chart's FetchXml against the solution model: the root table and every linked table
    /// exist, every attribute, order and condition names a column of its table, joins name real columns.
    /// Returns the names the query selects (plain for the root, "alias.column" for links, and aggregate aliases).
    /// </summary>
    public static class FetchXmlCheck
    {
        public static HashSet<string> Check(SolutionModel model, string file, XElement fetch, string expectedTable)
        {
            if (fetch.Name.LocalName != "fetch")
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(fetch), "is not a <fetch> element.");
            }

            var entities = fetch.Elements("entity").ToList();
            if (entities.Count != 1)
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(fetch), "must hold exactly one <entity>.");
            }

            var root = entities[0];
            var tableName = (string?)root.Attribute("name");
            if (!string.Equals(tableName, expectedTable, StringComparison.Ordinal))
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(root), $"queries '{tableName}' but belongs to table '{expectedTable}'.");
            }

            var selected = new HashSet<string>(StringComparer.Ordinal);
            CheckEntity(model, file, root, Table(model, file, root), null, selected);
            return selected;
        }

        private static TableModel Table(SolutionModel model, string file, XElement entity)
        {
            var name = (string?)entity.Attribute("name");
            return model.FindTable(name)
                ?? throw new SolutionSourceException(file, SolutionSourceException.Describe(entity), $"names the unknown table '{name}'.");
        }

        private static void CheckEntity(SolutionModel model, string file, XElement entity, TableModel table, string? alias, HashSet<string> selected)
        {
            foreach (var child in entity.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "attribute":
                        var column = Column(file, child, table, (string?)child.Attribute("name"));
                        var attributeAlias = (string?)child.Attribute("alias");
                        selected.Add(attributeAlias ?? (alias == null ? column : alias + "." + column));
                        break;
                    case "all-attributes":
                        throw new SolutionSourceException(file, SolutionSourceException.Describe(child), "selects every column; list the columns the view shows (il-specify-column).");
                    case "order":
                        if (child.Attribute("attribute") != null)
                        {
                            Column(file, child, table, (string?)child.Attribute("attribute"));
                        }

                        break;
                    case "filter":
                        CheckFilter(model, file, child, table, selected);
                        break;
                    case "link-entity":
                        CheckLink(model, file, child, table, selected);
                        break;
                    default:
                        throw new SolutionSourceException(file, SolutionSourceException.Describe(child), "is not a FetchXml element of <entity>.");
                }
            }
        }

        private static void CheckLink(SolutionModel model, string file, XElement link, TableModel parent, HashSet<string> selected)
        {
            var linked = Table(model, file, link);
            Column(file, link, linked, (string?)link.Attribute("from"));
            Column(file, link, parent, (string?)link.Attribute("to"));
            CheckEntity(model, file, link, linked, (string?)link.Attribute("alias") ?? linked.LogicalName, selected);
        }

        private static void CheckFilter(SolutionModel model, string file, XElement filter, TableModel table, HashSet<string> selected)
        {
            foreach (var child in filter.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "condition":
                        if (child.Attribute("entityname") == null)
                        {
                            Column(file, child, table, (string?)child.Attribute("attribute"));
                        }

                        if (child.Attribute("operator") == null)
                        {
                            throw new SolutionSourceException(file, SolutionSourceException.Describe(child), "has no operator.");
                        }

                        break;
                    case "filter":
                        CheckFilter(model, file, child, table, selected);
                        break;
                    case "link-entity":
                        CheckLink(model, file, child, table, selected);
                        break;
                    default:
                        throw new SolutionSourceException(file, SolutionSourceException.Describe(child), "is not a FetchXml element of <filter>.");
                }
            }
        }

        private static string Column(string file, XElement element, TableModel table, string? column)
        {
            if (string.IsNullOrWhiteSpace(column) || !table.HasColumn(column))
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(element), $"names column '{column}', which table '{table.LogicalName}' does not have.");
            }

            return column;
        }
    }
}
