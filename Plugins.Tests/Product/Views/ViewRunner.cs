using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Emulator.Identity;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// Runs a shipped view or chart through the organization service as a user, the way the app does: a view's
    /// FetchXml as it ships (a quick find with the user's search text in place of {0}); a chart's FetchXml together with
    /// the filters of the view it is shown with — Learn, "Understand charts: underlying data and chart representation":
    /// a filter in the chart's FetchXml and a filter applied through a view both apply.
    /// </summary>
    internal static class ViewRunner
    {
        /// <summary>The ids of the rows the view lists for <paramref name="user"/>, in the view's order.</summary>
        public static List<Guid> RunView(this SalesOrg org, User user, string view, string? search = null)
        {
            var xml = ShippedViews.ViewFetch(view).ToString();
            if (xml.Contains("{0}", StringComparison.Ordinal))
            {
                Assert.IsNotNull(search, $"'{view}' is a quick find view: give the text the user searches for.");
                xml = xml.Replace("{0}", search + "%", StringComparison.Ordinal);
            }

            return org.As(user).RetrieveMultiple(new FetchExpression(xml)).Entities.Select(row => row.Id).ToList();
        }

        /// <summary>
        /// The chart's points for <paramref name="user"/> on the dashboard: each category (the group-by value: a choice's
        /// value, a lookup's id) with its measure (a count or an average), over the rows of the view the dashboard shows it with.
        /// </summary>
        public static Dictionary<object, decimal> RunChart(this SalesOrg org, User user, string chart)
        {
            var fetch = new XElement(ShippedViews.ChartFetch(chart));
            var entity = fetch.Element("entity")!;
            var view = ShippedViews.ViewFetch(ShippedViews.DashboardViewOf(chart)).Element("entity")!;
            foreach (var filter in view.Elements("filter"))
            {
                entity.Add(new XElement(filter));
            }

            foreach (var link in view.Elements("link-entity"))
            {
                var copy = new XElement(link);
                copy.Descendants().Where(e => e.Name.LocalName is "attribute" or "order").Remove();
                entity.Add(copy);
            }

            var points = new Dictionary<object, decimal>();
            foreach (var row in org.As(user).RetrieveMultiple(new FetchExpression(fetch.ToString())).Entities)
            {
                var category = row.GetAttributeValue<AliasedValue>("groupby_column")?.Value;
                var measure = row.GetAttributeValue<AliasedValue>("aggregate_column")?.Value;
                var key = category switch
                {
                    OptionSetValue option => option.Value,
                    EntityReference reference => reference.Id,
                    null => "(none)",
                    _ => category,
                };
                points[key] = Convert.ToDecimal(measure, System.Globalization.CultureInfo.InvariantCulture);
            }

            return points;
        }

        /// <summary>Asserts the view lists exactly <paramref name="expected"/> for the user (order ignored).</summary>
        public static void AssertView(this SalesOrg org, User user, string view, IEnumerable<Guid> expected, string? search = null)
        {
            var rows = org.RunView(user, view, search);
            var wanted = expected.ToList();
            CollectionAssert.AreEquivalent(wanted, rows, $"'{view}' for {user.FullName}: expected {wanted.Count} row(s), got {rows.Count}.");
        }
    }
}
