using System;
using System.Xml;
using System.Xml.Linq;

namespace CrmIndependence.Solution.Source
{
    /// <summary>
    /// The solution source is broken: names the file (relative to the source folder), the element and what is
    /// wrong, so the pack stops with a message a person can act on.
    /// </summary>
    public sealed class SolutionSourceException : Exception
    {
        public SolutionSourceException(string file, string element, string problem)
            : base($"{file}: {element}: {problem}")
        {
            File = file;
            Element = element;
            Problem = problem;
        }

        public string File { get; }

        public string Element { get; }

        public string Problem { get; }

        /// <summary>A short description of an element for messages: its name, identifying attribute and line.</summary>
        public static string Describe(XElement element)
        {
            var name = element.Name.LocalName;
            foreach (var key in new[] { "name", "Name", "PhysicalName", "attribute", "id", "schemaName", "schemaname" })
            {
                var value = (string?)element.Attribute(key);
                if (value != null)
                {
                    name += $"[@{key}='{value}']";
                    break;
                }
            }

            var info = (IXmlLineInfo)element;
            return info.HasLineInfo() ? $"<{name}> (line {info.LineNumber})" : $"<{name}>";
        }
    }
}
