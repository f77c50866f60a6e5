using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CrmIndependence.Plugins.Tests.SdkConformance;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Product.CustomApis
{
    /// <summary>
    /// The Web API examples of docs/INSTALL.md ("Custom APIs") call the custom APIs the packed zip defines, as the Web API
    /// reads them (Microsoft Learn, "Use Web API actions" and "Create and use custom APIs"): an unbound API is posted to
    /// its unique name, a bound one to the row's entity set path with the <c>Microsoft.Dynamics.CRM.</c> namespace; the
    /// body names request parameters the API defines, with every required one and a JSON value of the parameter's type
    /// (an entity reference as an object with <c>@odata.type</c> and the table's id column); the response carries
    /// exactly the API's response properties and an <c>@odata.context</c> naming <c>{api}Response</c>.
    /// </summary>
    [TestClass]
    public sealed class InstallGuideApiExamplesTests
    {
        private static readonly Lazy<PackedZip> Zip = new(() => PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip));

        // The entity set names of the tables the examples bind to (Learn: EntitySetName, the plural logical name).
        private static readonly IReadOnlyDictionary<string, string> EntitySets = new Dictionary<string, string> { ["opportunity"] = "opportunities" };

        [TestMethod]
        public void The_guide_shows_a_request_and_its_response_for_each_custom_API_the_zip_ships()
        {
            var shipped = Zip.Value.Entries.Select(e => e.Name).Where(n => n.StartsWith("customapis/", StringComparison.Ordinal) && n.EndsWith("/customapi.xml", StringComparison.Ordinal))
                .Select(n => n.Split('/')[1]).ToList();

            CollectionAssert.AreEquivalent(shipped, Examples().Select(example => example.Api).ToList());
        }

        [TestMethod]
        public void Each_example_request_posts_to_the_API_as_its_binding_says_with_the_parameters_it_defines()
        {
            foreach (var example in Examples())
            {
                var api = Definition(example.Api);
                var bound = api.Element("bindingtype")!.Value == "1";
                if (bound)
                {
                    var table = api.Element("boundentitylogicalname")!.Value;
                    StringAssert.Matches(example.Path, new Regex($"^{EntitySets[table]}\\([0-9a-f-]{{36}}\\)/Microsoft\\.Dynamics\\.CRM\\.{example.Api}$"), example.Api + " is bound to " + table);
                }
                else
                {
                    Assert.AreEqual(example.Api, example.Path, example.Api + " is unbound: posted to its unique name");
                }

                var parameters = Parameters(example.Api, "customapirequestparameters", "customapirequestparameter");
                foreach (var property in example.Request.EnumerateObject())
                {
                    Assert.IsTrue(parameters.TryGetValue(property.Name, out var parameter), $"{example.Api}: the body names '{property.Name}', which is not one of its parameters ({string.Join(", ", parameters.Keys)})");
                    AssertValueOfType(example.Api, property, parameter);
                }

                foreach (var required in parameters.Values.Where(p => p.Element("isoptional")!.Value == "0"))
                {
                    Assert.IsTrue(example.Request.TryGetProperty((string)required.Attribute("uniquename")!, out _), $"{example.Api}: the body lacks the required parameter {(string)required.Attribute("uniquename")!}");
                }
            }
        }

        [TestMethod]
        public void Each_example_response_carries_exactly_the_APIs_response_properties_with_values_of_their_types()
        {
            foreach (var example in Examples())
            {
                var properties = Parameters(example.Api, "customapiresponseproperties", "customapiresponseproperty");
                var names = example.Response.EnumerateObject().Select(p => p.Name).Where(name => name != "@odata.context").ToList();

                CollectionAssert.AreEquivalent(properties.Keys.ToList(), names, example.Api);
                StringAssert.EndsWith(example.Response.GetProperty("@odata.context").GetString(), $"$metadata#Microsoft.Dynamics.CRM.{example.Api}Response");
                foreach (var property in example.Response.EnumerateObject().Where(p => p.Name != "@odata.context"))
                {
                    AssertValueOfType(example.Api, property, properties[property.Name]);
                }
            }
        }

        private static void AssertValueOfType(string api, JsonProperty property, XElement definition)
        {
            var value = property.Value;
            var what = $"{api}.{property.Name} ({value.GetRawText()})";
            switch (int.Parse(definition.Element("type")!.Value, System.Globalization.CultureInfo.InvariantCulture))
            {
                case 0: // Boolean
                    Assert.IsTrue(value.ValueKind is JsonValueKind.True or JsonValueKind.False, what + " is a Boolean");
                    break;
                case 2: // Decimal
                case 6: // Float
                    Assert.AreEqual(JsonValueKind.Number, value.ValueKind, what + " is a number");
                    break;
                case 5: // EntityReference
                    var table = definition.Element("logicalentityname")!.Value;
                    Assert.AreEqual("Microsoft.Dynamics.CRM." + table, value.GetProperty("@odata.type").GetString(), what);
                    Assert.IsTrue(Guid.TryParse(value.GetProperty(table + "id").GetString(), out _), what + " names the row by its id column");
                    break;
                case 7: // Integer
                case 9: // Picklist
                    Assert.IsTrue(value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _), what + " is a whole number");
                    break;
                case 10: // String
                    Assert.AreEqual(JsonValueKind.String, value.ValueKind, what + " is a string");
                    break;
                default:
                    Assert.Fail($"{what}: the test does not know how the Web API writes type {definition.Element("type")!.Value}; add it.");
                    break;
            }
        }

        private static XElement Definition(string api) => XElement.Parse(Zip.Value.Text($"customapis/{api}/customapi.xml"));

        private static Dictionary<string, XElement> Parameters(string api, string folder, string element) =>
            Zip.Value.Entries.Select(e => e.Name)
                .Where(n => n.StartsWith($"customapis/{api}/{folder}/", StringComparison.Ordinal) && n.EndsWith($"/{element}.xml", StringComparison.Ordinal))
                .Select(n => XElement.Parse(Zip.Value.Text(n)))
                .ToDictionary(x => (string)x.Attribute("uniquename")!, StringComparer.Ordinal);

        private sealed record Example(string Api, string Path, JsonElement Request, JsonElement Response);

        // Each POST block of the guide followed by its response block.
        private static List<Example> Examples()
        {
            var guide = RepositoryLayout.Current.Text("docs/INSTALL.md");
            var blocks = Regex.Matches(guide, "```http\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
            var examples = new List<Example>();
            for (var i = 0; i < blocks.Count; i++)
            {
                var post = Regex.Match(blocks[i], @"^POST \[org\]/api/data/v9\.2/(\S+)");
                if (!post.Success)
                {
                    continue;
                }

                Assert.IsTrue(i + 1 < blocks.Count && blocks[i + 1].StartsWith("HTTP/1.1 200 OK", StringComparison.Ordinal), $"the request to {post.Groups[1].Value} is followed by its response");
                var path = post.Groups[1].Value;
                var api = path.Split('/').Last().Replace("Microsoft.Dynamics.CRM.", string.Empty, StringComparison.Ordinal);
                examples.Add(new Example(api, path, Body(blocks[i]), Body(blocks[i + 1])));
            }

            Assert.IsNotEmpty(examples, "docs/INSTALL.md shows Web API examples of the custom APIs");
            return examples;
        }

        private static JsonElement Body(string block) => JsonDocument.Parse(block[block.IndexOf("\n\n", StringComparison.Ordinal)..]).RootElement.Clone();
    }
}
