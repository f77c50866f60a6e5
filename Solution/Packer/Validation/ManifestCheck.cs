using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>The manifest and the root components: every component the solution lists exists in the source, and every role and dashboard the source has is listed.</summary>
    internal static class ManifestCheck
    {
        public static void CheckManifest(SolutionSource source)
        {
            var version = source.Version;
            var parts = version.Split('.');
            if (parts.Length is < 2 or > 4 || parts.Any(part => !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                throw new SolutionSourceException(source.Manifest.File, "<Version>", $"'{version}' is not a version like 1.0.0.0.");
            }

            _ = source.UniqueName;
            _ = source.Prefix;
            _ = source.OptionValuePrefix;
        }

        public static void CheckRootComponents(SolutionSource source)
        {
            var file = source.Manifest.File;
            var roots = source.SolutionManifest.Element("RootComponents")?.Elements("RootComponent").ToList()
                ?? throw new SolutionSourceException(file, "<SolutionManifest>", "has no <RootComponents>.");
            var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var root in roots)
            {
                var type = (string?)root.Attribute("type");
                var schemaName = (string?)root.Attribute("schemaName");
                var id = (string?)root.Attribute("id");
                var key = type + ":" + (schemaName ?? SolutionValidator.NormalizeId(id));
                if (!listed.Add(key))
                {
                    throw new SolutionSourceException(file, SolutionSourceException.Describe(root), "is listed twice.");
                }

                var resolves = type switch
                {
                    "1" => source.Model.SolutionOnly.Any(table => table.LogicalName == schemaName),
                    "20" => SourceComponents.RoleIds(source).Contains(SolutionValidator.NormalizeId(id)),
                    "26" => SourceComponents.AllViews(source).Any(view => SolutionValidator.NormalizeId((string?)view.Element("savedqueryid")) == SolutionValidator.NormalizeId(id)),
                    "59" => SourceComponents.AllCharts(source).Any(chart => SolutionValidator.NormalizeId((string?)chart.Element("savedqueryvisualizationid")) == SolutionValidator.NormalizeId(id)),
                    "60" => SourceComponents.DashboardIds(source).Concat(SourceComponents.FormIds(source)).Contains(SolutionValidator.NormalizeId(id)),
                    "61" => source.WebResources.Any(resource => resource.Name == schemaName),
                    "62" => source.AppModuleSiteMaps.Any(map => (string?)map.Root.Element("SiteMapUniqueName") == schemaName),
                    "80" => source.AppModules.Any(app => (string?)app.Root.Element("UniqueName") == schemaName),
                    "380" => source.EnvironmentVariables.Any(variable => (string?)variable.Root.Attribute("schemaname") == schemaName),
                    _ => throw new SolutionSourceException(file, SolutionSourceException.Describe(root),
                        $"has component type {type}, which the packer does not write; plugin assemblies (91) and steps (92) are added at pack time."),
                };
                if (!resolves)
                {
                    throw new SolutionSourceException(file, SolutionSourceException.Describe(root), "names a component the solution source does not have.");
                }
            }

            void Require(string key, string what)
            {
                if (!listed.Contains(key))
                {
                    throw new SolutionSourceException(file, "<RootComponents>", $"does not list {what}; add a <RootComponent> for it.");
                }
            }

            foreach (var table in source.Model.SolutionOnly)
            {
                Require("1:" + table.LogicalName, $"the table '{table.LogicalName}'");
            }

            foreach (var role in SourceComponents.RoleIds(source))
            {
                Require("20:" + role, $"the role {{{role}}}");
            }

            foreach (var dashboard in SourceComponents.DashboardIds(source))
            {
                Require("60:" + dashboard, $"the dashboard {{{dashboard}}}");
            }

            foreach (var resource in source.WebResources)
            {
                Require("61:" + resource.Name, $"the web resource of {resource.Data.File}");
            }

            foreach (var map in source.AppModuleSiteMaps)
            {
                Require("62:" + (string?)map.Root.Element("SiteMapUniqueName"), $"the site map of {map.File}");
            }

            foreach (var app in source.AppModules)
            {
                Require("80:" + (string?)app.Root.Element("UniqueName"), $"the app of {app.File}");
            }

            foreach (var variable in source.EnvironmentVariables)
            {
                Require("380:" + (string?)variable.Root.Attribute("schemaname"), $"the environment variable of {variable.File}");
            }
        }
    }
}
