using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>
    /// The web resources of <c>WebResources/</c>: each name carries the publisher prefix and is the file's path under
    /// the folder; its id is a braced GUID used once; its <c>WebResourceType</c> is the one its extension has (the
    /// webresource table's choice: 1 HTML … 3 JScript … 11 SVG, 12 RESX); its <c>FileName</c> is a <c>/WebResources/</c>
    /// part used once. Every <c>$webresource:</c> library a ribbon names, and every library a form loads, is a web resource of the solution; every form event handler calls a library of its form.
    /// </summary>
    public static class WebResourceCheck
    {
        /// <summary>The WebResourceType choice by file extension.</summary>
        public static readonly IReadOnlyDictionary<string, int> TypeByExtension = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            [".htm"] = 1, [".html"] = 1, [".css"] = 2, [".js"] = 3, [".xml"] = 4, [".png"] = 5, [".jpg"] = 6, [".gif"] = 7,
            [".xap"] = 8, [".xsl"] = 9, [".xslt"] = 9, [".ico"] = 10, [".svg"] = 11, [".resx"] = 12,
        };

        private static readonly Regex Library = new Regex(@"\$webresource:([^""'\s]+)", RegexOptions.Compiled);

        public static void Check(SolutionSource source)
        {
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var parts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var resource in source.WebResources)
            {
                var file = resource.Data.File;
                var root = resource.Data.Root;
                if (root.Name.LocalName != "WebResource")
                {
                    throw new SolutionSourceException(file, $"<{root.Name.LocalName}>", "must be a <WebResource>.");
                }

                if (!resource.Name.StartsWith(source.Prefix + "_", StringComparison.Ordinal))
                {
                    throw new SolutionSourceException(file, "<Name>", $"'{resource.Name}' does not carry the publisher prefix '{source.Prefix}_'.");
                }

                if ("WebResources/" + resource.Name != resource.ContentFile)
                {
                    throw new SolutionSourceException(file, "<Name>", $"'{resource.Name}' must be the file's path under WebResources/ ({resource.ContentFile}).");
                }

                var id = (string?)root.Element("WebResourceId") ?? "";
                if (!Regex.IsMatch(id, @"^\{[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\}$") || !ids.Add(id))
                {
                    throw new SolutionSourceException(file, "<WebResourceId>", $"'{id}' must be a braced GUID no other web resource uses.");
                }

                var extension = Path.GetExtension(resource.Name);
                var type = (string?)root.Element("WebResourceType");
                if (!TypeByExtension.TryGetValue(extension, out var expected) || type != expected.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    throw new SolutionSourceException(file, "<WebResourceType>",
                        TypeByExtension.ContainsKey(extension)
                            ? $"'{type}' is not the type of a {extension} file ({expected})."
                            : $"the extension '{extension}' is not one a web resource can have.");
                }

                if (!resource.FileName.StartsWith("/WebResources/", StringComparison.Ordinal) || resource.FileName.Length <= "/WebResources/".Length || !parts.Add(resource.FileName))
                {
                    throw new SolutionSourceException(file, "<FileName>", $"'{resource.FileName}' must be a part under /WebResources/ that no other web resource uses.");
                }
            }

            foreach (var (_, form) in source.Entities.SelectMany(entity => entity.Forms))
            {
                var libraries = form.Root.Descendants("Library").Select(library => (Element: library, Name: (string?)library.Attribute("name") ?? "")).ToList();
                foreach (var (element, name) in libraries)
                {
                    if (source.WebResources.All(resource => resource.Name != name))
                    {
                        throw new SolutionSourceException(form.File, SolutionSourceException.Describe(element), $"'{name}' names a web resource the solution does not have.");
                    }
                }

                foreach (var handler in form.Root.Descendants("Handler"))
                {
                    var name = (string?)handler.Attribute("libraryName") ?? "";
                    if (libraries.All(library => library.Name != name))
                    {
                        throw new SolutionSourceException(form.File, SolutionSourceException.Describe(handler),
                            $"calls {(string?)handler.Attribute("functionName")} from '{name}', which is not in the form's <formLibraries>; add it there (a web resource of the solution).");
                    }
                }
            }

            foreach (var entity in source.Entities.Where(entity => entity.RibbonDiff != null))
            {
                foreach (Match match in Library.Matches(entity.RibbonDiff!.Root.ToString()))
                {
                    var name = match.Groups[1].Value;
                    if (source.WebResources.All(resource => resource.Name != name))
                    {
                        throw new SolutionSourceException(entity.RibbonDiff.File, "$webresource:" + name, "names a web resource the solution does not have.");
                    }
                }
            }
        }
    }
}
