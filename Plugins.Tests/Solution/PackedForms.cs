using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>The forms of the packed (unmanaged) zip, read from its customizations.xml, as an admin imports them.</summary>
    internal static class PackedForms
    {
        private static readonly Lazy<PackedZip> Zip = new(() => PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip));

        public static PackedZip Package => Zip.Value;

        /// <summary>Every form of every table: (table, form type, the systemform).</summary>
        public static IReadOnlyList<(string Table, string Type, XElement Form)> All =>
            Zip.Value.Entities
                .SelectMany(entity => (entity.Element("FormXml")?.Elements("forms") ?? Enumerable.Empty<XElement>())
                    .SelectMany(forms => forms.Elements("systemform").Select(form => (entity.Element("Name")!.Value.ToLowerInvariant(), (string)forms.Attribute("type")!, form))))
                .ToList();

        public static XElement Form(string table, string type, string name) =>
            All.Where(form => form.Table == table && form.Type == type && Name(form.Form) == name).Select(form => form.Form).SingleOrDefault()
            ?? throw new AssertFailedException($"The packed zip has no {type} form '{name}' of {table}.");

        public static string Name(XElement form) => (string)form.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!;

        public static XElement Section(XElement form, string name) =>
            form.Descendants("section").SingleOrDefault(section => (string?)section.Attribute("name") == name)
            ?? throw new AssertFailedException($"The form '{Name(form)}' has no section '{name}'.");

        public static string Label(XElement element) => (string)element.Element("labels")!.Element("label")!.Attribute("description")!;

        /// <summary>The columns the element's controls bind, in the form's order.</summary>
        public static List<string> Fields(XElement element) =>
            element.Descendants("control").Select(control => (string?)control.Attribute("datafieldname")).Where(name => !string.IsNullOrEmpty(name)).Select(name => name!).ToList();

        public static XElement Control(XElement element, string field) =>
            element.Descendants("control").SingleOrDefault(control => (string?)control.Attribute("datafieldname") == field)
            ?? throw new AssertFailedException($"No control binds '{field}'.");

        public static bool ReadOnly(XElement control) => (string?)control.Attribute("disabled") == "true";

        /// <summary>The subgrid controls of the element: (control id, target table, relationship, view id).</summary>
        public static List<(string Id, string Target, string Relationship, Guid View)> Subgrids(XElement element) =>
            element.Descendants("control")
                .Where(control => string.Equals((string?)control.Attribute("classid"), "{E7A81278-8635-4d9e-8D4D-59480B391C5B}", StringComparison.OrdinalIgnoreCase))
                .Select(control => control.Element("parameters")!)
                .Select(parameters => ((string)parameters.Parent!.Attribute("id")!, (string)parameters.Element("TargetEntityType")!, (string)parameters.Element("RelationshipName")!, Guid.Parse((string)parameters.Element("ViewId")!)))
                .ToList();

        public static bool HasTimeline(XElement element) =>
            element.Descendants("control").Any(control => string.Equals((string?)control.Attribute("classid"), "{06375649-c143-495e-a496-c962e5b4488e}", StringComparison.OrdinalIgnoreCase));

        /// <summary>The table's attributes in the packed zip, by logical name.</summary>
        public static Dictionary<string, XElement> Attributes(string table) =>
            Zip.Value.Entity(table).Element("EntityInfo")!.Element("entity")!.Element("attributes")!.Elements("attribute")
                .ToDictionary(attribute => attribute.Element("LogicalName")!.Value, StringComparer.Ordinal);

        public static string Description(XElement attribute) =>
            (string?)attribute.Element("Descriptions")?.Elements("Description").FirstOrDefault()?.Attribute("description") ?? string.Empty;
    }
}
