using System;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// Names the shipped view or chart a test runs, as the zip names it; <see cref="ViewCoverageTests"/> fails when a
    /// view or chart of the zip has no test naming it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    internal sealed class ShippedViewAttribute : Attribute
    {
        public ShippedViewAttribute(string name) => Name = name;

        public string Name { get; }
    }
}
