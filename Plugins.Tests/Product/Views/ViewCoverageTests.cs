using System;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>Every view and chart the zip ships has a test that runs it on plugin-produced rows as its user.</summary>
    [TestClass]
    public sealed class ViewCoverageTests
    {
        [TestMethod]
        public void Every_shipped_view_and_chart_has_a_test_and_every_test_names_a_shipped_one()
        {
            var tested = typeof(ViewCoverageTests).Assembly.GetTypes()
                .Where(type => type.Namespace == typeof(ViewCoverageTests).Namespace)
                .SelectMany(type => type.GetMethods())
                .Where(method => method.GetCustomAttribute<TestMethodAttribute>() != null)
                .SelectMany(method => method.GetCustomAttributes<ShippedViewAttribute>().Select(attribute => attribute.Name))
                .ToHashSet(StringComparer.Ordinal);
            var shipped = ShippedViews.AllViews.Select(view => view.Name).Concat(ShippedViews.AllCharts.Select(chart => chart.Name)).ToList();

            var untested = shipped.Where(name => !tested.Contains(name)).ToList();
            var unknown = tested.Where(name => !shipped.Contains(name)).ToList();
            Assert.AreEqual(0, untested.Count, "views or charts without a test: " + string.Join(", ", untested));
            Assert.AreEqual(0, unknown.Count, "tests naming no shipped view or chart: " + string.Join(", ", unknown));
            Assert.AreEqual(shipped.Count, shipped.Distinct(StringComparer.Ordinal).Count(), "view and chart names are unique, so a test names one");
            Assert.IsTrue(shipped.Count >= 50, $"the zip's {shipped.Count} views and charts were read");
        }
    }
}
