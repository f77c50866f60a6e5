using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// The views, charts and dashboard of the packed (unmanaged) zip, read from its customizations.xml: what the tests
    /// run is exactly what an admin imports.
    /// </summary>
    internal static class ShippedViews
    {
        private static readonly Lazy<XElement> Customizations = new(() => PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip).Customizations);

        /// <summary>Every view: (table, name, querytype).</summary>
        public static IReadOnlyList<(string Table, string Name, int QueryType)> AllViews =>
            Customizations.Value.Element("Entities")!.Elements("Entity")
                .SelectMany(entity => entity.Descendants("savedquery").Select(view => (Table(entity), Name(view), (int)view.Element("querytype")!)))
                .ToList();

        /// <summary>Every chart: (table, name).</summary>
        public static IReadOnlyList<(string Table, string Name)> AllCharts =>
            Customizations.Value.Element("Entities")!.Elements("Entity")
                .SelectMany(entity => entity.Descendants("visualization").Select(chart => (Table(entity), Name(chart))))
                .ToList();

        public static XElement View(string name) =>
            Customizations.Value.Descendants("savedquery").SingleOrDefault(view => Name(view) == name)
            ?? throw new AssertFailedException($"The packed zip has no view named '{name}'.");

        /// <summary>The view's FetchXml as it ships.</summary>
        public static XElement ViewFetch(string name) => View(name).Element("fetchxml")!.Element("fetch")!;

        public static XElement Chart(string name) =>
            Customizations.Value.Descendants("visualization").SingleOrDefault(chart => Name(chart) == name)
            ?? throw new AssertFailedException($"The packed zip has no chart named '{name}'.");

        /// <summary>The chart's own FetchXml (its data description).</summary>
        public static XElement ChartFetch(string name) => Chart(name).Descendants("fetch").Single();

        /// <summary>The view the dashboard shows <paramref name="chartName"/> with.</summary>
        public static string DashboardViewOf(string chartName)
        {
            var chartId = Id((string)Chart(chartName).Element("savedqueryvisualizationid")!);
            var control = Customizations.Value.Element("Dashboards")!.Descendants("parameters")
                .SingleOrDefault(parameters => Id((string?)parameters.Element("VisualizationId")) == chartId)
                ?? throw new AssertFailedException($"The dashboard does not show the chart '{chartName}'.");
            var viewId = Id((string)control.Element("ViewId")!);
            return Name(Customizations.Value.Descendants("savedquery").Single(view => Id((string?)view.Element("savedqueryid")) == viewId));
        }

        public static string Name(XElement component) => (string)component.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!;

        private static string Table(XElement entity) => entity.Element("Name")!.Value.ToLowerInvariant();

        private static string Id(string? id) => (id ?? string.Empty).Trim().Trim('{', '}').ToLowerInvariant();
    }
}
