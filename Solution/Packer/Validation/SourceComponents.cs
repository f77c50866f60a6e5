using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>The ids of the components the solution source declares (normalised: lower case, no braces).</summary>
    internal static class SourceComponents
    {
        public static HashSet<string> RoleIds(SolutionSource source) =>
            source.Roles.Select(role => SolutionValidator.NormalizeId((string?)role.Root.Attribute("id"))).ToHashSet(StringComparer.Ordinal);

        public static IEnumerable<string> DashboardIds(SolutionSource source) =>
            source.Dashboards.Select(d => SolutionValidator.NormalizeId((string?)d.Root.Element("FormId")));

        public static IEnumerable<string> FormIds(SolutionSource source) =>
            source.Entities.SelectMany(e => e.Forms).Select(f => SolutionValidator.NormalizeId((string?)f.File.Root.Element("systemform")?.Element("formid")));

        public static IEnumerable<XElement> AllViews(SolutionSource source) => source.Entities.SelectMany(e => e.SavedQueries);

        public static IEnumerable<XElement> AllCharts(SolutionSource source) => source.Entities.SelectMany(e => e.Visualizations);
    }
}
