using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Solution.Plugins;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Packing
{
    /// <summary>
    /// Builds solution.xml and customizations.xml the way an export has them: the source skeleton's sections
    /// in their order, each filled from the unpacked files (sorted so two packs are identical), plus the plugin
    /// assemblies and steps generated from the registration model.
    /// </summary>
    public static class SolutionDocuments
    {
        private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
        /// <summary>
        /// The version the generated components (plugin assemblies, steps) were introduced in, in the four-part form
        /// exports write; the solution's first version.
        /// </summary>
        public const string IntroducedVersion = "1.0.0.0";

        private static readonly string[] FormTypeOrder = { "main", "quickCreate", "quick", "card", "mobile", "appointmentBook", "dialog", "task", "dashboard" };

        public static XDocument Manifest(SolutionSource source, IReadOnlyList<PluginAssemblyModel> assemblies, bool managed)
        {
            var root = Clean(source.Manifest.Root);
            var manifest = root.Element("SolutionManifest")!;
            manifest.Element("Managed")!.Value = managed ? "1" : "0";
            var roots = manifest.Element("RootComponents")!;
            var all = roots.Elements("RootComponent").ToList();
            foreach (var assembly in assemblies)
            {
                all.Add(new XElement("RootComponent", new XAttribute("type", 91), new XAttribute("id", Braced(assembly.Id)),
                    new XAttribute("schemaName", assembly.FullName), new XAttribute("behavior", 0)));
                all.AddRange(assembly.Steps.Select(step =>
                    new XElement("RootComponent", new XAttribute("type", 92), new XAttribute("id", Braced(step.Id)), new XAttribute("behavior", 0))));
            }

            roots.ReplaceNodes(all
                .OrderBy(r => (string?)r.Attribute("type"), StringComparer.Ordinal)
                .ThenBy(r => (string?)r.Attribute("schemaName") ?? (string?)r.Attribute("id"), StringComparer.Ordinal));
            return new XDocument(root);
        }

        public static XDocument Customizations(SolutionSource source, IReadOnlyList<PluginAssemblyModel> assemblies)
        {
            var root = Clean(source.Customizations.Root);
            Fill(root, "Entities", source.Entities
                .OrderBy(e => e.SchemaName, StringComparer.OrdinalIgnoreCase)
                .Select(Entity));
            Fill(root, "Roles", source.Roles
                .Select(role => Clean(role.Root))
                .OrderBy(role => (string?)role.Attribute("name"), StringComparer.Ordinal));
            Fill(root, "EntityRelationships", source.Relationships
                .Select(Clean)
                .OrderBy(r => (string?)r.Attribute("Name"), StringComparer.OrdinalIgnoreCase));
            Fill(root, "Dashboards", source.Dashboards
                .Select(d => Clean(d.Root))
                .OrderBy(d => (string?)d.Element("FormId"), StringComparer.OrdinalIgnoreCase));
            Fill(root, "WebResources", source.WebResources
                .Select(resource => Clean(resource.Data.Root))
                .OrderBy(resource => (string?)resource.Element("Name"), StringComparer.Ordinal));
            Fill(root, "SolutionPluginAssemblies", assemblies.OrderBy(a => a.Name, StringComparer.Ordinal).Select(PluginAssembly));
            Fill(root, "SdkMessageProcessingSteps", assemblies
                .SelectMany(a => a.Steps)
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .ThenBy(s => s.Id)
                .Select(Step));
            Fill(root, "AppModuleSiteMaps", source.AppModuleSiteMaps
                .Select(m => Clean(m.Root))
                .OrderBy(m => (string?)m.Element("SiteMapUniqueName"), StringComparer.Ordinal));
            Fill(root, "AppModules", source.AppModules
                .Select(a => Clean(a.Root))
                .OrderBy(a => (string?)a.Element("UniqueName"), StringComparer.Ordinal));
            return new XDocument(root);
        }

        private static void Fill(XElement root, string section, IEnumerable<XElement> items)
        {
            var list = items.ToList();
            var element = root.Element(section);
            if (element == null)
            {
                if (list.Count == 0)
                {
                    return;
                }

                throw new SolutionSourceException("Other/Customizations.xml", "<ImportExportXml>", $"has no <{section}> section for the {list.Count} component(s) the source has.");
            }

            element.ReplaceNodes(list);
        }

        private static XElement Entity(EntitySource entity)
        {
            var element = Clean(entity.Entity.Root);
            var forms = entity.Forms
                .GroupBy(form => form.Type)
                .OrderBy(group => Array.IndexOf(FormTypeOrder, group.Key) is var index && index < 0 ? int.MaxValue : index)
                .ThenBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => new XElement("forms", new XAttribute("type", group.Key),
                    group.SelectMany(form => form.File.Root.Elements("systemform"))
                        .OrderBy(form => (string?)form.Element("formid"), StringComparer.OrdinalIgnoreCase)
                        .Select(Clean)))
                .ToList();
            Section(element, "FormXml", forms, after: "EntityInfo");

            var views = entity.SavedQueries.OrderBy(view => (string?)view.Element("savedqueryid"), StringComparer.OrdinalIgnoreCase).Select(Clean).ToList();
            Section(element, "SavedQueries", views.Count == 0 ? new List<XElement>() : new List<XElement> { new XElement("savedqueries", views) }, after: "FormXml");

            var charts = entity.Visualizations.OrderBy(c => (string?)c.Element("savedqueryvisualizationid"), StringComparer.OrdinalIgnoreCase).Select(Clean).ToList();
            if (charts.Count > 0)
            {
                Section(element, "Visualizations", charts, after: "SavedQueries");
            }

            if (entity.RibbonDiff != null)
            {
                var ribbon = element.Element("RibbonDiffXml");
                var content = Clean(entity.RibbonDiff.Root).Elements().ToList();
                if (ribbon == null)
                {
                    element.Add(new XElement("RibbonDiffXml", content));
                }
                else
                {
                    ribbon.ReplaceNodes(content);
                }
            }

            return element;
        }

        private static void Section(XElement entity, string name, IReadOnlyList<XElement> content, string after)
        {
            var section = entity.Element(name);
            if (section == null)
            {
                section = new XElement(name);
                var anchor = entity.Element(after);
                if (anchor != null)
                {
                    anchor.AddAfterSelf(section);
                }
                else
                {
                    entity.Add(section);
                }
            }

            section.ReplaceNodes(content);
        }

        private static XElement PluginAssembly(PluginAssemblyModel assembly) =>
            new XElement("PluginAssembly",
                new XAttribute("FullName", assembly.FullName),
                new XAttribute("PluginAssemblyId", assembly.Id.ToString("D")),
                new XAttribute("CustomizationLevel", 1),
                new XElement("IsolationMode", 2),
                new XElement("SourceType", 0),
                new XElement("IntroducedVersion", IntroducedVersion),
                new XElement("FileName", "/" + assembly.ZipPath),
                new XElement("PluginTypes", assembly.PluginTypesOrdered.Select(type =>
                    new XElement("PluginType",
                        new XAttribute("AssemblyQualifiedName", type.AssemblyQualifiedName),
                        new XAttribute("PluginTypeId", type.Id.ToString("D")),
                        new XAttribute("Name", type.Name),
                        new XElement("FriendlyName", type.Name),
                        type.WorkflowActivityGroupName == null ? null : new XElement("WorkflowActivityGroupName", type.WorkflowActivityGroupName)))));

        private static XElement Step(StepModel step)
        {
            SdkMessages.TryGetId(step.Message, out var messageId);
            var property = SdkMessages.ImagePropertyName(step.Message);
            return new XElement("SdkMessageProcessingStep",
                new XAttribute("Name", step.Name),
                new XAttribute("SdkMessageProcessingStepId", Braced(step.Id)),
                new XElement("SdkMessageId", messageId.ToString("D")),
                new XElement("PluginTypeName", step.PluginTypeName),
                new XElement("PluginTypeId", step.PluginTypeId.ToString("D")),
                new XElement("PrimaryEntity", step.Table),
                new XElement("AsyncAutoDelete", 0),
                step.Configuration == null ? null : new XElement("Configuration", step.Configuration),
                step.Description == null ? null : new XElement("Description", step.Description),
                new XElement("FilteringAttributes", string.Join(",", step.FilteringAttributes)),
                step.ImpersonatingUserName == null ? null : new XElement("ImpersonatingUserIdName", step.ImpersonatingUserName),
                new XElement("InvocationSource", 1),
                new XElement("Mode", step.Mode),
                new XElement("Rank", step.Rank),
                new XElement("EventHandlerTypeCode", 4602),
                new XElement("Stage", step.Stage),
                new XElement("IsCustomizable", 1),
                new XElement("IsHidden", 0),
                new XElement("SupportedDeployment", 0),
                new XElement("IntroducedVersion", IntroducedVersion),
                new XElement("SdkMessageProcessingStepImages", step.Images
                    .OrderBy(image => image.ImageType)
                    .ThenBy(image => image.Alias, StringComparer.Ordinal)
                    .Select(image => new XElement("SdkMessageProcessingStepImage",
                        new XAttribute("Name", image.Alias),
                        new XElement("SdkMessageProcessingStepImageId", Braced(image.Id)),
                        new XElement("Attributes", string.Join(",", image.Columns)),
                        new XElement("EntityAlias", image.Alias),
                        new XElement("ImageType", image.ImageType),
                        new XElement("MessagePropertyName", property),
                        new XElement("IsCustomizable", 1)))));
        }

        public static string Braced(Guid id) => "{" + id.ToString("D") + "}";

        /// <summary>A deep copy without the xmlns:xsi declarations the unpacked files repeat (the root declares it once).</summary>
        private static XElement Clean(XElement element)
        {
            var copy = new XElement(element);
            foreach (var e in copy.DescendantsAndSelf())
            {
                e.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
            }

            if (element.Parent == null && element.Name.LocalName == "ImportExportXml")
            {
                copy.Add(new XAttribute(XNamespace.Xmlns + "xsi", Xsi));
            }

            return copy;
        }
    }
}
