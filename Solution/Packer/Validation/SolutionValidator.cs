using System;
using System.Collections.Generic;
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
        public static void Validate(SolutionSource source, IReadOnlyList<PluginAssemblyModel> assemblies)
        {
            ManifestCheck.CheckManifest(source);
            SchemaValueCheck.Check(source);
            StateModelCheck.Check(source);
            ShellTableCheck.Check(source);
            TableCheck.CheckRelationships(source);
            TableCheck.CheckEntities(source);
            RoleCheck.CheckRoles(source);
            AppCheck.CheckDashboards(source);
            AppCheck.CheckApps(source);
            EnvironmentVariableCheck.CheckEnvironmentVariables(source);
            ManifestCheck.CheckRootComponents(source);
            StepCheck.CheckSteps(source, assemblies);
            CustomApiCheck.Check(source, assemblies);
            WebResourceCheck.Check(source);
        }

        /// <summary>An id as the checks compare ids: lower case, without braces or surrounding spaces.</summary>
        public static string NormalizeId(string? id) => (id ?? "").Trim().Trim('{', '}').ToLowerInvariant();

        /// <summary>A privilege name such as <c>prvReadcri_HelpRequest</c> as its verb and table.</summary>
        public static (string? Verb, string? Table) SplitPrivilege(string name) => RoleCheck.SplitPrivilege(name);
    }
}
