using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Solution.Plugins;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>
    /// The custom APIs of <c>customapis/</c> against docs/PLATFORM.md ("Solution components": custom APIs) and the plugin assemblies: folder and
    /// unique name agree and carry the publisher prefix; the choice values are valid; the plugin type it names
    /// (<c>plugintypeexportkey</c>, the PluginTypeId of a type in the solution) exists and declares
    /// [CustomApi] with the same unique name; every [CustomApi] type has its definition; each request parameter has
    /// <c>isoptional</c>, no response property has it (an import error); names are "&lt;api&gt;.&lt;parameter&gt;".
    /// </summary>
    public static class CustomApiCheck
    {
        /// <summary>Custom API parameter types: 0 Boolean … 12 Guid.</summary>
        public static readonly IReadOnlyDictionary<int, string> Types = new Dictionary<int, string>
        {
            [0] = "Boolean", [1] = "DateTime", [2] = "Decimal", [3] = "Entity", [4] = "EntityCollection", [5] = "EntityReference",
            [6] = "Float", [7] = "Integer", [8] = "Money", [9] = "Picklist", [10] = "String", [11] = "StringArray", [12] = "Guid",
        };

        public static void Check(SolutionSource source, IReadOnlyList<PluginAssemblyModel> assemblies)
        {
            var types = assemblies.SelectMany(assembly => assembly.Types).ToList();
            foreach (var api in source.CustomApis)
            {
                CheckApi(source, api, types);
            }

            foreach (var type in types.Where(type => type.CustomApi != null))
            {
                if (!source.CustomApis.Any(api => string.Equals(api.UniqueName, type.CustomApi, StringComparison.Ordinal)))
                {
                    throw new SolutionSourceException($"customapis/{type.CustomApi}", "(folder)",
                        $"is missing: {type.Name} implements the custom API '{type.CustomApi}' ([CustomApi]) but the solution does not define it.");
                }
            }
        }

        private static void CheckApi(SolutionSource source, CustomApiSource api, IReadOnlyList<PluginTypeModel> types)
        {
            var file = api.Api.File;
            var root = api.Api.Root;
            var unique = api.UniqueName;
            if (root.Name.LocalName != "customapi" || unique.Length == 0)
            {
                throw new SolutionSourceException(file, $"<{root.Name.LocalName}>", "must be a <customapi uniquename=\"…\">.");
            }

            if (!string.Equals(unique, api.FolderName, StringComparison.Ordinal) || (string?)root.Element("name") != unique)
            {
                throw new SolutionSourceException(file, "<customapi>", $"its uniquename '{unique}', its <name> and its folder '{api.FolderName}' must be the same.");
            }

            if (!unique.StartsWith(source.Prefix + "_", StringComparison.Ordinal))
            {
                throw new SolutionSourceException(file, "<customapi>", $"the unique name '{unique}' does not carry the publisher prefix '{source.Prefix}_'.");
            }

            Choice(file, root, "bindingtype", 0, 2);
            Choice(file, root, "allowedcustomprocessingsteptype", 0, 2);
            Choice(file, root, "isfunction", 0, 1);
            Choice(file, root, "isprivate", 0, 1);
            Choice(file, root, "workflowsdkstepenabled", 0, 1);
            if ((string?)root.Element("bindingtype") != "0" && string.IsNullOrWhiteSpace((string?)root.Element("boundentitylogicalname")))
            {
                throw new SolutionSourceException(file, "<boundentitylogicalname>", "a bound custom API names the table it is bound to.");
            }

            var key = root.Element("plugintypeid")?.Element("plugintypeexportkey")?.Value;
            if (key != null)
            {
                var type = types.FirstOrDefault(t => SolutionValidator.NormalizeId(t.Id.ToString("D")) == SolutionValidator.NormalizeId(key))
                    ?? throw new SolutionSourceException(file, "<plugintypeexportkey>", $"{key} is not the PluginTypeId of a plugin type in the solution's assemblies.");
                if (!string.Equals(type.CustomApi, unique, StringComparison.Ordinal))
                {
                    throw new SolutionSourceException(file, "<plugintypeexportkey>",
                        $"names {type.Name}, which does not declare [CustomApi(\"{unique}\")]" + (type.CustomApi == null ? "." : $"; it implements '{type.CustomApi}'."));
                }
            }

            CheckParts(api, api.RequestParameters, "customapirequestparameter", request: true);
            CheckParts(api, api.ResponseProperties, "customapiresponseproperty", request: false);
        }

        private static void CheckParts(CustomApiSource api, IReadOnlyList<(string FolderName, SourceXml File)> parts, string element, bool request)
        {
            foreach (var (folder, part) in parts)
            {
                var root = part.Root;
                var name = (string?)root.Attribute("uniquename") ?? "";
                if (root.Name.LocalName != element || name != folder)
                {
                    throw new SolutionSourceException(part.File, $"<{root.Name.LocalName}>", $"must be a <{element} uniquename=\"{folder}\"> (the folder's name).");
                }

                if ((string?)root.Element("name") != $"{api.UniqueName}.{name}")
                {
                    throw new SolutionSourceException(part.File, "<name>", $"must be '{api.UniqueName}.{name}'.");
                }

                var type = Choice(part.File, root, "type", 0, 12);
                if (request)
                {
                    Choice(part.File, root, "isoptional", 0, 1);
                }
                else if (root.Element("isoptional") != null)
                {
                    throw new SolutionSourceException(part.File, "<isoptional>", "is not allowed on a response property: the import fails.");
                }

                var entity = (string?)root.Element("logicalentityname");
                if (!string.IsNullOrEmpty(entity) && type is not (3 or 4 or 5))
                {
                    throw new SolutionSourceException(part.File, "<logicalentityname>", $"only an Entity, EntityCollection or EntityReference names a table; this is a {Types[type]}.");
                }
            }

            var duplicate = parts.GroupBy(part => part.FolderName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
            if (duplicate != null)
            {
                throw new SolutionSourceException(api.Api.File, $"<{element}>", $"'{duplicate.Key}' is defined twice.");
            }
        }

        private static int Choice(string file, XElement parent, string element, int min, int max)
        {
            var text = (string?)parent.Element(element);
            if (!int.TryParse(text, out var value) || value < min || value > max)
            {
                throw new SolutionSourceException(file, $"<{element}>", $"'{text}' is not a value from {min} to {max}.");
            }

            return value;
        }
    }
}
