using System;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>Dashboards and the model-driven app: the views, charts, dashboards and roles they name exist.</summary>
    internal static class AppCheck
    {
        public static void CheckDashboards(SolutionSource source)
        {
            foreach (var dashboard in source.Dashboards)
            {
                if (dashboard.Root.Element("FormId") == null)
                {
                    throw new SolutionSourceException(dashboard.File, "<Dashboard>", "has no <FormId>.");
                }

                foreach (var parameters in dashboard.Root.Descendants("parameters"))
                {
                    var table = (string?)parameters.Element("TargetEntityType");
                    var entity = source.Entities.FirstOrDefault(e => e.LogicalName == table)
                        ?? throw new SolutionSourceException(dashboard.File, "<TargetEntityType>", $"names '{table}', a table without views or charts in the solution.");
                    var viewId = SolutionValidator.NormalizeId((string?)parameters.Element("ViewId"));
                    if (viewId.Length > 0 && !entity.SavedQueries.Any(view => SolutionValidator.NormalizeId((string?)view.Element("savedqueryid")) == viewId))
                    {
                        throw new SolutionSourceException(dashboard.File, "<ViewId>", $"{{{viewId}}} is not a view of '{table}'.");
                    }

                    var chartId = SolutionValidator.NormalizeId((string?)parameters.Element("VisualizationId"));
                    if (chartId.Length > 0 && !entity.Visualizations.Any(chart => SolutionValidator.NormalizeId((string?)chart.Element("savedqueryvisualizationid")) == chartId))
                    {
                        throw new SolutionSourceException(dashboard.File, "<VisualizationId>", $"{{{chartId}}} is not a chart of '{table}'.");
                    }
                }
            }
        }

        /// <summary>
        /// A subarea opening one view of a table (<c>/main.aspx?pagetype=entitylist&amp;etn=…&amp;viewid={…}&amp;viewType=1039</c>,
        /// 1039 a system view): the table and the view are the solution's, and the app includes the view.
        /// </summary>
        private static void CheckListUrl(SolutionSource source, string file, XElement subArea, string url)
        {
            var query = url.Substring(url.IndexOf('?') + 1).Split('&')
                .Select(pair => pair.Split(new[] { '=' }, 2))
                .Where(pair => pair.Length == 2)
                .ToDictionary(pair => pair[0].ToLowerInvariant(), pair => Uri.UnescapeDataString(pair[1]), StringComparer.Ordinal);
            query.TryGetValue("etn", out var table);
            var entity = source.Entities.FirstOrDefault(e => e.LogicalName == table)
                ?? throw new SolutionSourceException(file, SolutionSourceException.Describe(subArea), $"opens a list of '{table}', a table without views in the solution (etn=).");
            var viewId = SolutionValidator.NormalizeId(query.TryGetValue("viewid", out var id) ? id : null);
            if (!entity.SavedQueries.Any(view => SolutionValidator.NormalizeId((string?)view.Element("savedqueryid")) == viewId))
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(subArea), $"opens the view {{{viewId}}} (viewid=), which is not a view of '{table}'.");
            }

            if (!query.TryGetValue("viewtype", out var viewType) || viewType != "1039")
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(subArea), "opens a system view: its Url needs viewType=1039.");
            }

            if (!source.AppModules.All(app => app.Root.Descendants("AppModuleComponent").Any(component => (string?)component.Attribute("type") == "26" && SolutionValidator.NormalizeId((string?)component.Attribute("id")) == viewId)))
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(subArea), $"opens the view {{{viewId}}}, which the app does not include (an AppModuleComponent of type 26).");
            }
        }

        public static void CheckApps(SolutionSource source)
        {
            foreach (var app in source.AppModules)
            {
                foreach (var component in app.Root.Element("AppModuleComponents")?.Elements("AppModuleComponent") ?? Enumerable.Empty<XElement>())
                {
                    var type = (string?)component.Attribute("type");
                    var id = SolutionValidator.NormalizeId((string?)component.Attribute("id"));
                    var schemaName = (string?)component.Attribute("schemaName");
                    var ok = type switch
                    {
                        "1" => source.Model.FindTable(schemaName) != null,
                        "26" => SourceComponents.AllViews(source).Any(view => SolutionValidator.NormalizeId((string?)view.Element("savedqueryid")) == id),
                        "59" => SourceComponents.AllCharts(source).Any(chart => SolutionValidator.NormalizeId((string?)chart.Element("savedqueryvisualizationid")) == id),
                        "60" => SourceComponents.DashboardIds(source).Concat(SourceComponents.FormIds(source)).Contains(id),
                        "62" => source.AppModuleSiteMaps.Any(map => (string?)map.Root.Element("SiteMapUniqueName") == schemaName),
                        _ => false,
                    };
                    if (!ok)
                    {
                        throw new SolutionSourceException(app.File, SolutionSourceException.Describe(component), "does not resolve to a component of the solution.");
                    }
                }

                foreach (var role in app.Root.Element("AppModuleRoleMaps")?.Elements("Role") ?? Enumerable.Empty<XElement>())
                {
                    if (!SourceComponents.RoleIds(source).Contains(SolutionValidator.NormalizeId((string?)role.Attribute("id"))))
                    {
                        throw new SolutionSourceException(app.File, SolutionSourceException.Describe(role), "is not a role of the solution.");
                    }
                }
            }

            foreach (var map in source.AppModuleSiteMaps)
            {
                foreach (var subArea in map.Root.Descendants("SubArea"))
                {
                    var entity = (string?)subArea.Attribute("Entity");
                    if (entity != null && source.Model.FindTable(entity) == null)
                    {
                        throw new SolutionSourceException(map.File, SolutionSourceException.Describe(subArea), $"opens the unknown table '{entity}'.");
                    }

                    var url = (string?)subArea.Attribute("Url");
                    if (url != null && url.Contains("pagetype=entitylist", StringComparison.OrdinalIgnoreCase))
                    {
                        CheckListUrl(source, map.File, subArea, url);
                    }

                    var dashboard = (string?)subArea.Attribute("DefaultDashboard");
                    if (dashboard != null && !SourceComponents.DashboardIds(source).Contains(SolutionValidator.NormalizeId(dashboard)))
                    {
                        throw new SolutionSourceException(map.File, SolutionSourceException.Describe(subArea), $"opens the unknown dashboard {dashboard}.");
                    }
                }
            }
        }
    }
}
