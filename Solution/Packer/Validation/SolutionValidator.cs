using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Solution.Plugins;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>
    /// Everything the source and the generated registrations must satisfy before a zip is written: every
    /// reference resolves (root components, relationships, forms, views, charts, roles, dashboard, app, site
    /// map) and every step names a real message, table and columns. The first problem stops the pack with the
    /// file and element named.
    /// </summary>
    public static class SolutionValidator
    {
        private static readonly string[] PrivilegeLevels = { "Basic", "Local", "Deep", "Global" };
        private static readonly string[] Verbs = { "AppendTo", "Append", "Assign", "Create", "Delete", "Read", "Share", "Write" };

        public static void Validate(SolutionSource source, IReadOnlyList<PluginAssemblyModel> assemblies)
        {
            CheckManifest(source);
            CheckRelationships(source);
            CheckEntities(source);
            CheckRoles(source);
            CheckDashboards(source);
            CheckApps(source);
            CheckEnvironmentVariables(source);
            CheckRootComponents(source);
            CheckSteps(source, assemblies);
            CustomApiCheck.Check(source, assemblies);
        }

        // ------------------------------------------------------------------ manifest

        private static void CheckManifest(SolutionSource source)
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

        private static void CheckRootComponents(SolutionSource source)
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
                var key = type + ":" + (schemaName ?? NormalizeId(id));
                if (!listed.Add(key))
                {
                    throw new SolutionSourceException(file, SolutionSourceException.Describe(root), "is listed twice.");
                }

                var resolves = type switch
                {
                    "1" => source.Model.SolutionOnly.Any(table => table.LogicalName == schemaName),
                    "20" => RoleIds(source).Contains(NormalizeId(id)),
                    "26" => AllViews(source).Any(view => NormalizeId((string?)view.Element("savedqueryid")) == NormalizeId(id)),
                    "59" => AllCharts(source).Any(chart => NormalizeId((string?)chart.Element("savedqueryvisualizationid")) == NormalizeId(id)),
                    "60" => DashboardIds(source).Concat(FormIds(source)).Contains(NormalizeId(id)),
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

            foreach (var role in RoleIds(source))
            {
                Require("20:" + role, $"the role {{{role}}}");
            }

            foreach (var dashboard in DashboardIds(source))
            {
                Require("60:" + dashboard, $"the dashboard {{{dashboard}}}");
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

        // ------------------------------------------------------------------ relationships and tables

        private static void CheckRelationships(SolutionSource source)
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

        private static void CheckEntities(SolutionSource source)
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
                    }

                    if (form.Root.Element("systemform")?.Element("formid") == null)
                    {
                        throw new SolutionSourceException(form.File, "<systemform>", $"the {type} form has no <formid>.");
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

        // ------------------------------------------------------------------ roles, dashboards, apps, settings

        private static void CheckRoles(SolutionSource source)
        {
            var prefix = source.Prefix + "_";
            foreach (var role in source.Roles)
            {
                if (role.Root.Attribute("id") == null || role.Root.Attribute("name") == null)
                {
                    throw new SolutionSourceException(role.File, "<Role>", "needs an id and a name.");
                }

                foreach (var privilege in role.Root.Element("RolePrivileges")?.Elements("RolePrivilege") ?? Enumerable.Empty<XElement>())
                {
                    var name = (string?)privilege.Attribute("name") ?? "";
                    var level = (string?)privilege.Attribute("level") ?? "";
                    if (!PrivilegeLevels.Contains(level))
                    {
                        throw new SolutionSourceException(role.File, SolutionSourceException.Describe(privilege), $"has level '{level}'; use Basic, Local, Deep or Global.");
                    }

                    var (verb, schema) = SplitPrivilege(name);
                    if (schema == null || !schema.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var table = source.Model.SolutionOnly.FirstOrDefault(t => t.IsCustom && string.Equals(t.SchemaName, schema, StringComparison.Ordinal))
                        ?? throw new SolutionSourceException(role.File, SolutionSourceException.Describe(privilege), $"names table '{schema}', which the solution does not define (privileges use the table's schema name).");
                    if (table.IsActivity)
                    {
                        throw new SolutionSourceException(role.File, SolutionSourceException.Describe(privilege), "names an activity table; activities share the Activity privileges (prvReadActivity…).");
                    }

                    if (table.Ownership == "OrgOwned" && verb is "Assign" or "Share")
                    {
                        throw new SolutionSourceException(role.File, SolutionSourceException.Describe(privilege), $"an organization-owned table has no {verb} privilege.");
                    }

                    if (table.Ownership == "OrgOwned" && level != "Global")
                    {
                        throw new SolutionSourceException(role.File, SolutionSourceException.Describe(privilege), "an organization-owned table only has the Global level.");
                    }
                }
            }
        }

        /// <summary>prvAppendTocri_X → (AppendTo, cri_X).</summary>
        public static (string? Verb, string? Table) SplitPrivilege(string name)
        {
            if (!name.StartsWith("prv", StringComparison.Ordinal))
            {
                return (null, null);
            }

            var rest = name.Substring(3);
            foreach (var verb in Verbs)
            {
                if (rest.StartsWith(verb, StringComparison.OrdinalIgnoreCase))
                {
                    return (verb, rest.Substring(verb.Length));
                }
            }

            return (null, null);
        }

        private static void CheckDashboards(SolutionSource source)
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
                    var viewId = NormalizeId((string?)parameters.Element("ViewId"));
                    if (viewId.Length > 0 && !entity.SavedQueries.Any(view => NormalizeId((string?)view.Element("savedqueryid")) == viewId))
                    {
                        throw new SolutionSourceException(dashboard.File, "<ViewId>", $"{{{viewId}}} is not a view of '{table}'.");
                    }

                    var chartId = NormalizeId((string?)parameters.Element("VisualizationId"));
                    if (chartId.Length > 0 && !entity.Visualizations.Any(chart => NormalizeId((string?)chart.Element("savedqueryvisualizationid")) == chartId))
                    {
                        throw new SolutionSourceException(dashboard.File, "<VisualizationId>", $"{{{chartId}}} is not a chart of '{table}'.");
                    }
                }
            }
        }

        private static void CheckApps(SolutionSource source)
        {
            foreach (var app in source.AppModules)
            {
                foreach (var component in app.Root.Element("AppModuleComponents")?.Elements("AppModuleComponent") ?? Enumerable.Empty<XElement>())
                {
                    var type = (string?)component.Attribute("type");
                    var id = NormalizeId((string?)component.Attribute("id"));
                    var schemaName = (string?)component.Attribute("schemaName");
                    var ok = type switch
                    {
                        "1" => source.Model.FindTable(schemaName) != null,
                        "26" => AllViews(source).Any(view => NormalizeId((string?)view.Element("savedqueryid")) == id),
                        "59" => AllCharts(source).Any(chart => NormalizeId((string?)chart.Element("savedqueryvisualizationid")) == id),
                        "60" => DashboardIds(source).Concat(FormIds(source)).Contains(id),
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
                    if (!RoleIds(source).Contains(NormalizeId((string?)role.Attribute("id"))))
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

                    var dashboard = (string?)subArea.Attribute("DefaultDashboard");
                    if (dashboard != null && !DashboardIds(source).Contains(NormalizeId(dashboard)))
                    {
                        throw new SolutionSourceException(map.File, SolutionSourceException.Describe(subArea), $"opens the unknown dashboard {dashboard}.");
                    }
                }
            }
        }

        private static void CheckEnvironmentVariables(SolutionSource source)
        {
            foreach (var variable in source.EnvironmentVariables)
            {
                var type = (string?)variable.Root.Element("type");
                if (type is not ("100000000" or "100000001" or "100000002" or "100000003" or "100000004" or "100000005"))
                {
                    throw new SolutionSourceException(variable.File, "<type>", $"'{type}' is not an environment variable type (100000000..100000005).");
                }

                var value = (string?)variable.Root.Element("defaultvalue");
                if (type == "100000003" && value != null)
                {
                    try
                    {
                        using var _ = JsonDocument.Parse(value);
                    }
                    catch (JsonException error)
                    {
                        throw new SolutionSourceException(variable.File, "<defaultvalue>", "is not valid JSON: " + error.Message);
                    }
                }

                if ((string?)variable.Root.Attribute("schemaname") == SuitePolicy.EnvironmentVariableSchemaName && PolicyParser.Parse(value) is { IsValid: false } policy)
                {
                    throw new SolutionSourceException(variable.File, "<defaultvalue>",
                        $"is not a policy the plugins accept, so every org would run on the built-in defaults: {policy.ErrorSummary} Use {SuitePolicy.Default.ToJson()}");
                }
            }
        }

        // ------------------------------------------------------------------ steps

        private static void CheckSteps(SolutionSource source, IReadOnlyList<PluginAssemblyModel> assemblies)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var assembly in assemblies)
            {
                var file = assembly.Name + ".dll";
                foreach (var step in assembly.Steps)
                {
                    var where = $"[Step(\"{step.Message}\", \"{step.Table}\")] on {step.PluginTypeName.Split(',')[0]}";
                    if (!SdkMessages.TryGetId(step.Message, out _))
                    {
                        throw new SolutionSourceException(file, where, SdkMessages.UnknownMessageHelp(step.Message));
                    }

                    var table = source.Model.FindTable(step.Table)
                        ?? throw new SolutionSourceException(file, where, $"is registered on the unknown table '{step.Table}'.");
                    if (step.Message == "Update" && step.FilteringAttributes.Count == 0)
                    {
                        throw new SolutionSourceException(file, where, "an Update step needs filtering attributes (meta-avoid-reg-no-attribute).");
                    }

                    if (step.Message is "Retrieve" or "RetrieveMultiple")
                    {
                        throw new SolutionSourceException(file, where, "steps on Retrieve/RetrieveMultiple slow every read (meta-avoid-reg-retrieve).");
                    }

                    foreach (var column in step.FilteringAttributes.Where(column => !table.HasColumn(column)))
                    {
                        throw new SolutionSourceException(file, where, $"filters on '{column}', which '{table.LogicalName}' does not have.");
                    }

                    foreach (var image in step.Images)
                    {
                        if (SdkMessages.ImagePropertyName(step.Message) == null)
                        {
                            throw new SolutionSourceException(file, where, $"asks for the image '{image.Alias}' on {step.Message}, which has no entity images.");
                        }

                        foreach (var column in image.Columns.Where(column => !table.HasColumn(column)))
                        {
                            throw new SolutionSourceException(file, where, $"its image '{image.Alias}' holds '{column}', which '{table.LogicalName}' does not have.");
                        }
                    }

                    var key = $"{step.PluginTypeName}|{step.Message}|{step.Table}|{step.Stage}|{step.Mode}";
                    if (!seen.Add(key) | !seen.Add("id:" + step.Id))
                    {
                        throw new SolutionSourceException(file, where, "is registered twice (meta-remove-dup-reg).");
                    }
                }
            }
        }

        // ------------------------------------------------------------------ helpers

        public static string NormalizeId(string? id) => (id ?? "").Trim().Trim('{', '}').ToLowerInvariant();

        private static HashSet<string> RoleIds(SolutionSource source) =>
            source.Roles.Select(role => NormalizeId((string?)role.Root.Attribute("id"))).ToHashSet(StringComparer.Ordinal);

        private static IEnumerable<string> DashboardIds(SolutionSource source) =>
            source.Dashboards.Select(d => NormalizeId((string?)d.Root.Element("FormId")));

        private static IEnumerable<string> FormIds(SolutionSource source) =>
            source.Entities.SelectMany(e => e.Forms).Select(f => NormalizeId((string?)f.File.Root.Element("systemform")?.Element("formid")));

        private static IEnumerable<XElement> AllViews(SolutionSource source) => source.Entities.SelectMany(e => e.SavedQueries);

        private static IEnumerable<XElement> AllCharts(SolutionSource source) => source.Entities.SelectMany(e => e.Visualizations);
    }
}
