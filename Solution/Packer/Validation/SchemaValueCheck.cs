using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>
    /// Every value of the source that the solution schema enumerates is one of its values
    /// (<see cref="SchemaEnumerations"/>): element text (an attribute's Type, option set types, cascades, the 0/1
    /// flags…), enumerated XML attributes and the form types. The first value outside its list stops the pack with the
    /// file, the element and the values allowed.
    /// </summary>
    public static class SchemaValueCheck
    {
        private static readonly System.Text.RegularExpressions.Regex FourPart = new(@"^\d+\.\d+\.\d+\.\d+$");

        public static void Check(SolutionSource source)
        {
            foreach (var document in Documents(source))
            {
                CheckDocument(document);
            }

            foreach (var entity in source.Entities)
            {
                foreach (var (type, form) in entity.Forms)
                {
                    if (!SchemaEnumerations.SystemFormType.Contains(type, StringComparer.Ordinal))
                    {
                        throw new SolutionSourceException(form.File, $"<forms type='{type}'>",
                            $"'{type}' (the folder under FormXml/) is not a form type of the solution schema; use {SchemaEnumerations.Describe(SchemaEnumerations.SystemFormType)}.");
                    }
                }
            }
        }

        /// <summary>Checks one file; public for the tests of single documents.</summary>
        public static void CheckDocument(SourceXml document)
        {
            foreach (var element in document.Root.DescendantsAndSelf())
            {
                var name = element.Name.LocalName;
                if (string.Equals(name, "IntroducedVersion", StringComparison.OrdinalIgnoreCase) && !FourPart.IsMatch(element.Value.Trim()))
                {
                    throw new SolutionSourceException(document.File, Describe(element),
                        $"'{element.Value.Trim()}' is not a four-part version; exports write the version a component was introduced in like the solution's, e.g. 1.0.0.0.");
                }

                var values = SchemaEnumerations.ForElement(name);
                if (values != null && !element.HasElements && Applies(element))
                {
                    var value = element.Value.Trim();
                    if (!values.Contains(value, StringComparer.Ordinal))
                    {
                        throw new SolutionSourceException(document.File, Describe(element),
                            $"'{value}' is not a value of the solution schema for <{name}>; use {SchemaEnumerations.Describe(values)}.");
                    }
                }

                foreach (var (owner, attributeName, allowed) in SchemaEnumerations.Attributes)
                {
                    if (owner != "*" && owner != name)
                    {
                        continue;
                    }

                    var attribute = element.Attribute(attributeName);
                    if (attribute != null && !allowed.Contains(attribute.Value, StringComparer.Ordinal))
                    {
                        throw new SolutionSourceException(document.File, SolutionSourceException.Describe(element),
                            $"its {attributeName}=\"{attribute.Value}\" is not a value of the solution schema; use {SchemaEnumerations.Describe(allowed)}.");
                    }
                }
            }
        }

        /// <summary>
        /// <c>&lt;Type&gt;</c> is the CrmDataType only as an attribute's type; empty OwnershipTypeMask and flags are
        /// left to the platform's defaults (exports write some flags empty).
        /// </summary>
        private static bool Applies(XElement element)
        {
            if (element.Name.LocalName == "Type")
            {
                return element.Parent?.Name.LocalName == "attribute";
            }

            return element.Value.Trim().Length > 0 || element.Name.LocalName == "OwnershipTypeMask";
        }

        /// <summary>The element with the attribute it belongs to, e.g. &lt;Type&gt; of &lt;attribute PhysicalName='ActivityTypeCode'&gt;.</summary>
        private static string Describe(XElement element)
        {
            var owner = element.Ancestors().FirstOrDefault(ancestor => ancestor.Attribute("PhysicalName") != null || ancestor.Attribute("Name") != null);
            var own = SolutionSourceException.Describe(element);
            return owner == null ? own : $"{own} of {SolutionSourceException.Describe(owner)}";
        }

        private static IEnumerable<SourceXml> Documents(SolutionSource source)
        {
            foreach (var entity in source.Entities)
            {
                yield return entity.Entity;
                foreach (var (_, form) in entity.Forms)
                {
                    yield return form;
                }

                foreach (var view in entity.Views)
                {
                    yield return view;
                }

                foreach (var chart in entity.Charts)
                {
                    yield return chart;
                }
            }

            var apis = source.CustomApis.SelectMany(api => new[] { api.Api }
                .Concat(api.RequestParameters.Select(part => part.File))
                .Concat(api.ResponseProperties.Select(part => part.File)));
            foreach (var file in source.RelationshipFiles.Concat(source.Roles).Concat(source.Dashboards).Concat(source.AppModules)
                .Concat(source.AppModuleSiteMaps).Concat(source.EnvironmentVariables).Concat(apis))
            {
                yield return file;
            }
        }
    }
}
