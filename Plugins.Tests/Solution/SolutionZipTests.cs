using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Solution.Validation;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Mono.Cecil;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>The zips' layout, manifest and references, checked on a real pack of the repository's source.</summary>
    [TestClass]
    public sealed class SolutionZipTests
    {
        private static PackedZip Unmanaged => PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip);

        private static PackedZip Managed => PackedZip.Read(SolutionTestLayout.Packed.ManagedZip);

        [TestMethod]
        public void Both_zips_are_named_after_the_solution_and_the_version_of_Other_Solution_xml()
        {
            var version = SolutionTestLayout.Source.Version;
            var suffix = version.Replace('.', '_');
            Assert.AreEqual($"CrmIndependence_{suffix}.zip", Path.GetFileName(SolutionTestLayout.Packed.UnmanagedZip));
            Assert.AreEqual($"CrmIndependence_{suffix}_managed.zip", Path.GetFileName(SolutionTestLayout.Packed.ManagedZip));
            Assert.AreEqual(version, Unmanaged.Solution.Element("SolutionManifest")!.Element("Version")!.Value);
        }

        [TestMethod]
        public void Entries_are_ordered_as_an_export_with_content_types_last_deflated_and_without_folders()
        {
            foreach (var path in new[] { SolutionTestLayout.Packed.UnmanagedZip, SolutionTestLayout.Packed.ManagedZip })
            {
                using var archive = ZipFile.OpenRead(path);
                var names = archive.Entries.Select(entry => entry.FullName).ToList();
                Assert.AreEqual("customizations.xml", names[0]);
                Assert.AreEqual("solution.xml", names[1]);
                Assert.AreEqual("[Content_Types].xml", names[^1]);
                Assert.IsFalse(names.Any(name => name.EndsWith("/", StringComparison.Ordinal) || name.Contains('\\')), "no folder entries, forward slashes only");
                Assert.IsTrue(archive.Entries.All(entry => entry.CompressedLength < entry.Length || entry.Length < 64), "every entry is deflated");
                Assert.IsTrue(archive.Entries.All(entry => entry.LastWriteTime == new DateTimeOffset(2000, 1, 1, 0, 0, 0, entry.LastWriteTime.Offset)), "fixed entry times");
            }
        }

        [TestMethod]
        public void Xml_parts_are_encoded_as_an_export_writes_them()
        {
            foreach (var name in new[] { "solution.xml", "customizations.xml" })
            {
                var bytes = Unmanaged.Bytes(name);
                Assert.AreEqual((byte)'<', bytes[0], $"{name}: no BOM");
                var text = System.Text.Encoding.UTF8.GetString(bytes);
                Assert.IsFalse(text.StartsWith("<?xml", StringComparison.Ordinal), $"{name}: no XML declaration");
                Assert.IsTrue(text.Contains("\r\n", StringComparison.Ordinal), $"{name}: CRLF line ends");
            }

            var contentTypes = Unmanaged.Bytes("[Content_Types].xml");
            CollectionAssert.AreEqual(new byte[] { 0xEF, 0xBB, 0xBF }, contentTypes.Take(3).ToArray(), "[Content_Types].xml has a BOM");
            var types = XDocument.Parse(Unmanaged.Text("[Content_Types].xml")).Root!;
            var defaults = types.Elements().Where(e => e.Name.LocalName == "Default").Select(e => (string)e.Attribute("Extension")!).ToList();
            var extensions = Unmanaged.Entries.Select(e => Path.GetExtension(e.Name).TrimStart('.').ToLowerInvariant()).Where(e => e.Length > 0).Distinct().ToList();
            CollectionAssert.AreEquivalent(extensions, defaults, "one Default per extension present");
        }

        [TestMethod]
        public void The_manifest_names_the_publisher_and_marks_managed_only_in_the_managed_zip()
        {
            var manifest = Unmanaged.Solution.Element("SolutionManifest")!;
            Assert.AreEqual("CrmIndependence", manifest.Element("UniqueName")!.Value);
            Assert.AreEqual("0", manifest.Element("Managed")!.Value);
            Assert.AreEqual("1", Managed.Solution.Element("SolutionManifest")!.Element("Managed")!.Value);
            var publisher = manifest.Element("Publisher")!;
            Assert.AreEqual("cri", publisher.Element("CustomizationPrefix")!.Value);
            Assert.AreEqual("10000", publisher.Element("CustomizationOptionValuePrefix")!.Value);
        }

        [TestMethod]
        public void Every_root_component_resolves_to_something_in_the_zip()
        {
            var zip = Unmanaged;
            var entities = zip.Entities.Select(e => e.Element("Name")!.Value.ToLowerInvariant()).ToHashSet();
            var roles = zip.Roles.Select(r => Id((string)r.Attribute("id")!)).ToHashSet();
            var dashboards = zip.Customizations.Element("Dashboards")!.Elements("Dashboard").Select(d => Id(d.Element("FormId")!.Value))
                .Concat(zip.Entities.SelectMany(e => e.Descendants("systemform")).Select(f => Id(f.Element("formid")!.Value))).ToHashSet();
            var siteMaps = zip.Customizations.Element("AppModuleSiteMaps")!.Elements().Select(m => m.Element("SiteMapUniqueName")!.Value).ToHashSet();
            var apps = zip.Customizations.Element("AppModules")!.Elements().Select(a => a.Element("UniqueName")!.Value).ToHashSet();
            var assemblies = zip.PluginAssemblies.Select(a => Id((string)a.Attribute("PluginAssemblyId")!)).ToHashSet();
            var steps = zip.Steps.Select(s => Id((string)s.Attribute("SdkMessageProcessingStepId")!)).ToHashSet();
            foreach (var root in zip.RootComponents)
            {
                var type = (string)root.Attribute("type")!;
                var schemaName = (string?)root.Attribute("schemaName");
                var id = Id((string?)root.Attribute("id"));
                var found = type switch
                {
                    "1" => entities.Contains(schemaName!),
                    "20" => roles.Contains(id),
                    "60" => dashboards.Contains(id),
                    "61" => zip.Customizations.Element("WebResources")!.Elements("WebResource").Any(w => w.Element("Name")!.Value == schemaName),
                    "62" => siteMaps.Contains(schemaName!),
                    "80" => apps.Contains(schemaName!),
                    "91" => assemblies.Contains(id),
                    "92" => steps.Contains(id),
                    "380" => zip.Entries.Any(e => e.Name == $"environmentvariabledefinitions/{schemaName}/environmentvariabledefinition.xml"),
                    _ => false,
                };
                Assert.IsTrue(found, $"root component type {type} {schemaName ?? id} resolves");
            }
        }

        [TestMethod]
        public void Every_table_role_dashboard_app_step_and_assembly_in_the_zip_is_a_root_component()
        {
            var zip = Unmanaged;
            var roots = zip.RootComponents.Select(r => (string)r.Attribute("type")! + ":" + ((string?)r.Attribute("schemaName") is { } s && (string)r.Attribute("type")! is "1" or "62" or "80" or "380" ? s : Id((string?)r.Attribute("id")))).ToHashSet();
            foreach (var entity in zip.Entities)
            {
                Assert.IsTrue(roots.Contains("1:" + entity.Element("Name")!.Value.ToLowerInvariant()), $"table {entity.Element("Name")!.Value}");
            }

            foreach (var role in zip.Roles)
            {
                Assert.IsTrue(roots.Contains("20:" + Id((string)role.Attribute("id")!)), $"role {(string)role.Attribute("name")!}");
            }

            foreach (var dashboard in zip.Customizations.Element("Dashboards")!.Elements("Dashboard"))
            {
                Assert.IsTrue(roots.Contains("60:" + Id(dashboard.Element("FormId")!.Value)), "dashboard");
            }

            Assert.IsTrue(roots.Contains("62:cri_SalesIndependence") && roots.Contains("80:cri_SalesIndependence"), "app and site map");
            Assert.IsTrue(roots.Contains("380:cri_policy"), "policy environment variable");
            foreach (var assembly in zip.PluginAssemblies)
            {
                Assert.IsTrue(roots.Contains("91:" + Id((string)assembly.Attribute("PluginAssemblyId")!)), (string)assembly.Attribute("FullName")!);
            }

            foreach (var step in zip.Steps)
            {
                Assert.IsTrue(roots.Contains("92:" + Id((string)step.Attribute("SdkMessageProcessingStepId")!)), (string)step.Attribute("Name")!);
            }
        }

        [TestMethod]
        public void Every_custom_table_ships_a_main_form_and_the_five_standard_views_and_help_requests_a_quick_create_form()
        {
            var zip = Unmanaged;
            foreach (var table in SolutionTestLayout.Source.Model.SolutionOnly.Where(t => t.IsCustom))
            {
                var entity = zip.Entity(table.LogicalName);
                var formTypes = entity.Element("FormXml")!.Elements("forms").Select(f => (string)f.Attribute("type")!).ToList();
                CollectionAssert.Contains(formTypes, "main", table.LogicalName);
                var queryTypes = entity.Element("SavedQueries")!.Element("savedqueries")!.Elements("savedquery").Select(v => v.Element("querytype")!.Value).ToList();
                foreach (var queryType in new[] { "0", "1", "2", "4", "64" })
                {
                    CollectionAssert.Contains(queryTypes, queryType, $"{table.LogicalName} querytype {queryType}");
                }

                Assert.IsNotNull(table.PrimaryNameAttribute, table.LogicalName);
                foreach (var system in new[] { "createdon", "createdby", "modifiedon", "modifiedby", "statecode", "statuscode", table.PrimaryIdAttribute! })
                {
                    Assert.IsTrue(table.HasColumn(system), $"{table.LogicalName}.{system}");
                }
            }

            CollectionAssert.Contains(zip.Entity("cri_helprequest").Element("FormXml")!.Elements("forms").Select(f => (string)f.Attribute("type")!).ToList(), "quickCreate");
            Assert.AreEqual("1", zip.Entity("cri_helprequest").Element("EntityInfo")!.Element("entity")!.Element("IsActivity")!.Value);
        }

        [TestMethod]
        public void The_manager_views_charts_and_the_dashboard_are_in_the_zip()
        {
            var zip = Unmanaged;
            var views = zip.Entities.SelectMany(e => e.Descendants("savedquery")).Select(v => v.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!.Value).ToList();
            foreach (var name in new[]
            {
                "Help Requests Ready for My Response", "Help Requests Parked for Coaching", "Dependency Signals on My Team This Week",
                "Deals Where I Am Over-Involved", "Reps Below the Independence Threshold", "My Team's Independence Scores This Week",
                "Coaching Sessions This Week", "Skipped or Overdue Coaching", "My Closed Coaching Sessions, Last 90 Days", "Stage-Gate Blocks This Month", "My Habits by Week", "My Managers' Current Week",
                "My Team's Weekly Scores, Last 8 Weeks", "Signals on My Team, Last 8 Weeks", "My Help Requests", "My Coaching Sessions", "My Weekly Scores",
            })
            {
                CollectionAssert.Contains(views, name);
            }

            var charts = zip.Entities.SelectMany(e => e.Descendants("visualization")).Select(v => v.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!.Value).ToList();
            CollectionAssert.AreEquivalent(
                new[] { "Signals by Kind", "Independence Score by Rep", "Coaching Held vs Skipped", "My Answers Inside the Delay vs the Ceiling", "My Interventions by Week", "My Coaching Held vs Skipped",
                    "My Team's Score per Week", "Coaching Held vs Skipped per Week", "Signals by Kind per Week" },
                charts);
            var dashboards = zip.Customizations.Element("Dashboards")!.Elements("Dashboard").Select(d => d.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!.Value).ToList();
            CollectionAssert.AreEquivalent(new[] { "Sales independence", "My habits" }, dashboards);
        }

        [TestMethod]
        public void The_policy_variable_defaults_to_observe_mode()
        {
            var definition = XDocument.Parse(Unmanaged.Text("environmentvariabledefinitions/cri_policy/environmentvariabledefinition.xml")).Root!;
            Assert.AreEqual("100000003", definition.Element("type")!.Value, "JSON");
            using var json = System.Text.Json.JsonDocument.Parse(definition.Element("defaultvalue")!.Value);
            Assert.AreEqual("observe", json.RootElement.GetProperty("mode").GetString());
            Assert.AreEqual(60, json.RootElement.GetProperty("responseDelayMinutes").GetInt32());
            Assert.AreEqual(2, json.RootElement.GetProperty("managerChainDepth").GetInt32());
        }

        [TestMethod]
        public void The_policy_variable_default_is_every_setting_at_its_documented_default_and_the_plugins_accept_it()
        {
            var definition = XDocument.Parse(Unmanaged.Text("environmentvariabledefinitions/cri_policy/environmentvariabledefinition.xml")).Root!;
            var shipped = definition.Element("defaultvalue")!.Value;

            var parsed = CrmIndependence.Plugins.Policies.PolicyParser.Parse(shipped);

            Assert.IsTrue(parsed.IsValid, parsed.ErrorSummary);
            Assert.AreEqual(CrmIndependence.Plugins.Policies.SuitePolicy.Default.ToJson(), shipped,
                "An admin opening the variable sees every setting the policy has, with the value the plugins use.");
        }

        [TestMethod]
        public void Plugin_assemblies_ship_at_the_export_path_and_every_plugin_type_exists_in_the_built_assembly()
        {
            var zip = Unmanaged;
            var assemblies = zip.PluginAssemblies.ToList();
            Assert.IsTrue(assemblies.Count >= 1);
            foreach (var assembly in assemblies)
            {
                var fileName = assembly.Element("FileName")!.Value.TrimStart('/');
                var id = ((string)assembly.Attribute("PluginAssemblyId")!).ToUpperInvariant();
                StringAssert.Matches(fileName, new System.Text.RegularExpressions.Regex(@"^PluginAssemblies/[A-Za-z0-9]+-" + id + @"/[A-Za-z0-9]+\.dll$"));
                using var definition = AssemblyDefinition.ReadAssembly(new MemoryStream(zip.Bytes(fileName)));
                Assert.AreEqual(definition.FullName, (string)assembly.Attribute("FullName")!);
                Assert.AreEqual("2", assembly.Element("IsolationMode")!.Value, "sandbox");
                foreach (var type in assembly.Element("PluginTypes")!.Elements("PluginType"))
                {
                    var name = (string)type.Attribute("Name")!;
                    Assert.IsNotNull(definition.MainModule.GetType(name), $"{name} exists in {definition.Name.Name}");
                    Assert.AreEqual($"{name}, {definition.FullName}", (string)type.Attribute("AssemblyQualifiedName")!);
                }
            }

            var registered = SolutionTestLayout.Packed.Assemblies.First(a => a.Name == "CrmIndependence.Plugins");
            Assert.AreEqual(registered.Types.Count, assemblies.First(a => ((string)a.Attribute("FullName")!).StartsWith("CrmIndependence.Plugins,", StringComparison.Ordinal))
                .Element("PluginTypes")!.Elements().Count(), "every declared plugin type is registered");
        }

        [TestMethod]
        public void Steps_name_known_tables_and_columns_update_steps_are_filtered_and_none_is_duplicated()
        {
            var zip = Unmanaged;
            var model = SolutionTestLayout.Source.Model;
            var keys = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
            foreach (var step in zip.Steps)
            {
                var name = (string)step.Attribute("Name")!;
                var table = model.FindTable(step.Element("PrimaryEntity")!.Value);
                Assert.IsNotNull(table, $"{name}: table");
                var filtering = step.Element("FilteringAttributes")!.Value.Split(',', StringSplitOptions.RemoveEmptyEntries);
                if (step.Element("SdkMessageId")!.Value == "20bebb1b-ea3e-db11-86a7-000a3a5473e8")
                {
                    Assert.IsTrue(filtering.Length > 0, $"{name}: an Update step has filtering attributes");
                }

                foreach (var column in filtering)
                {
                    Assert.IsTrue(table!.HasColumn(column), $"{name}: filtering attribute {column}");
                }

                foreach (var image in step.Descendants("SdkMessageProcessingStepImage"))
                {
                    foreach (var column in image.Element("Attributes")!.Value.Split(',', StringSplitOptions.RemoveEmptyEntries))
                    {
                        Assert.IsTrue(table!.HasColumn(column), $"{name}: image column {column}");
                    }
                }

                var key = string.Join("|", step.Element("PluginTypeName")!.Value, step.Element("SdkMessageId")!.Value, step.Element("PrimaryEntity")!.Value, step.Element("Stage")!.Value, step.Element("Mode")!.Value);
                Assert.IsTrue(keys.Add(key), $"{name} is registered once");
                Assert.AreNotEqual("50", step.Element("Stage")!.Value, "no CRM 4 stage");
            }
        }

        [TestMethod]
        public void Two_packs_of_the_same_source_are_byte_identical()
        {
            var second = SolutionTestLayout.PackTo(SolutionTestLayout.NewTempFolder("second"));
            CollectionAssert.AreEqual(File.ReadAllBytes(SolutionTestLayout.Packed.UnmanagedZip), File.ReadAllBytes(second.UnmanagedZip), "unmanaged zip");
            CollectionAssert.AreEqual(File.ReadAllBytes(SolutionTestLayout.Packed.ManagedZip), File.ReadAllBytes(second.ManagedZip), "managed zip");
            CollectionAssert.AreEqual(
                SolutionTestLayout.Packed.Assemblies.SelectMany(a => a.Steps.Select(s => s.Id).Append(a.Id)).ToList(),
                second.Assemblies.SelectMany(a => a.Steps.Select(s => s.Id).Append(a.Id)).ToList(),
                "ids");
        }

        private static string Id(string? id) => SolutionValidator.NormalizeId(id);
    }
}
