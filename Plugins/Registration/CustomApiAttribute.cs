using System;

namespace CrmIndependence.Plugins.Registration
{
    /// <summary>Declares that a plugin class implements a custom API (a custom message) of the solution.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class CustomApiAttribute : Attribute
    {
        public CustomApiAttribute(string uniqueName)
        {
            UniqueName = uniqueName;
        }

        public string UniqueName { get; }

        /// <summary>The table the API is bound to, or null for an unbound (global) API.</summary>
        public string? BoundTable { get; set; }
    }
}
