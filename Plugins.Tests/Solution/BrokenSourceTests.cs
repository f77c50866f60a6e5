using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Solution.Packing;
using CrmIndependence.Solution.Plugins;
using CrmIndependence.Solution.Source;
using CrmIndependence.Solution.Validation;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>Broken source stops the pack with the file and element named, and leaves no zip behind.</summary>
    [TestClass]
    public sealed class BrokenSourceTests
    {
        [TestMethod]
        public void A_missing_file_stops_the_pack_naming_the_file()
        {
            var source = SolutionTestLayout.CopyOfSource();
            File.Delete(Path.Combine(source, "Entities", "cri_CoachingTopic", "Entity.xml"));
            var error = PackFails(source);
            Assert.AreEqual("Entities/cri_CoachingTopic/Entity.xml", error.File);
            StringAssert.Contains(error.Message, "missing");
        }

        [TestMethod]
        public void A_policy_default_the_plugins_would_refuse_stops_the_pack_naming_the_field()
        {
            var source = SolutionTestLayout.CopyOfSource();
            var file = Path.Combine(source, "environmentvariabledefinitions", "cri_policy", "environmentvariabledefinition.xml");
            var document = XDocument.Load(file);
            document.Root!.Element("defaultvalue")!.Value = "{\"mode\":\"observe\",\"coachingCadenceDay\":7}";
            document.Save(file);

            var error = PackFails(source);

            Assert.AreEqual("environmentvariabledefinitions/cri_policy/environmentvariabledefinition.xml", error.File);
            Assert.AreEqual("<defaultvalue>", error.Element);
            StringAssert.Contains(error.Problem, "Unknown field \"coachingCadenceDay\"");
            StringAssert.Contains(error.Problem, "Did you mean \"coachingCadenceDays\"?");
        }

        [TestMethod]
        public void A_view_on_an_unknown_column_stops_the_pack_naming_the_view_file_and_the_element()
        {
            var source = SolutionTestLayout.CopyOfSource();
            var view = Directory.GetFiles(Path.Combine(source, "Entities", "cri_DependencySignal", "SavedQueries")).First();
            var document = XDocument.Load(view);
            document.Descendants("fetch").Single().Element("entity")!.Add(new XElement("attribute", new XAttribute("name", "cri_nosuchcolumn")));
            document.Save(view);
            var error = PackFails(source);
            Assert.AreEqual("Entities/cri_DependencySignal/SavedQueries/" + Path.GetFileName(view), error.File);
            StringAssert.Contains(error.Element, "cri_nosuchcolumn");
            StringAssert.Contains(error.Problem, "does not have");
        }

        [TestMethod]
        public void A_layout_cell_the_fetch_does_not_select_stops_the_pack()
        {
            var source = SolutionTestLayout.CopyOfSource();
            var view = Directory.GetFiles(Path.Combine(source, "Entities", "cri_CoachingSession", "SavedQueries")).First();
            var document = XDocument.Load(view);
            document.Descendants("row").First().Add(new XElement("cell", new XAttribute("name", "cri_outcome"), new XAttribute("width", 100)));
            document.Save(view);
            var error = PackFails(source);
            StringAssert.Contains(error.Problem, "does not select");
        }

        [TestMethod]
        public void A_dashboard_naming_a_view_that_does_not_exist_stops_the_pack()
        {
            var source = SolutionTestLayout.CopyOfSource();
            var dashboard = Path.Combine(source, "Dashboards", "{004dc891-05df-5d35-892e-41aac46727a6}.xml");
            var text = File.ReadAllText(dashboard);
            var viewId = XDocument.Parse(text).Descendants("ViewId").First().Value;
            File.WriteAllText(dashboard, text.Replace(viewId, "{00000000-0000-0000-0000-00000000AAAA}", StringComparison.Ordinal));
            var error = PackFails(source);
            Assert.IsTrue(error.File.StartsWith("Dashboards/", StringComparison.Ordinal), error.Message);
            Assert.AreEqual("<ViewId>", error.Element);
        }

        [TestMethod]
        public void A_form_binding_an_unknown_column_stops_the_pack()
        {
            var source = SolutionTestLayout.CopyOfSource();
            var form = Directory.GetFiles(Path.Combine(source, "Entities", "cri_StageRequirement", "FormXml", "main")).Single();
            File.WriteAllText(form, File.ReadAllText(form).Replace("datafieldname=\"cri_message\"", "datafieldname=\"cri_messages\"", StringComparison.Ordinal));
            var error = PackFails(source);
            StringAssert.Contains(error.Problem, "cri_messages");
        }

        [TestMethod]
        public void A_role_privilege_on_an_unknown_table_stops_the_pack()
        {
            var source = SolutionTestLayout.CopyOfSource();
            var role = Path.Combine(source, "Roles", "CrmIndependence Admin.xml");
            File.WriteAllText(role, File.ReadAllText(role).Replace("prvReadcri_StageRequirement", "prvReadcri_StageRequirements", StringComparison.Ordinal));
            var error = PackFails(source);
            Assert.AreEqual("Roles/CrmIndependence Admin.xml", error.File);
        }

        [TestMethod]
        public void A_table_missing_from_the_root_components_stops_the_pack()
        {
            var source = SolutionTestLayout.CopyOfSource();
            var manifest = Path.Combine(source, "Other", "Solution.xml");
            var document = XDocument.Load(manifest);
            document.Descendants("RootComponent").First(r => (string?)r.Attribute("schemaName") == "cri_coachingtopic").Remove();
            document.Save(manifest);
            var error = PackFails(source);
            Assert.AreEqual("Other/Solution.xml", error.File);
            StringAssert.Contains(error.Problem, "cri_coachingtopic");
        }

        [TestMethod]
        public void A_step_on_an_unknown_table_or_column_is_refused_naming_the_step()
        {
            var source = SolutionTestLayout.Source;
            AssertStepRefused(source, Step("Update", "cri_nosuchtable", "cri_name"), "unknown table 'cri_nosuchtable'");
            AssertStepRefused(source, Step("Update", "opportunity", "cri_nosuchcolumn"), "filters on 'cri_nosuchcolumn'");
            AssertStepRefused(source, Step("Update", "opportunity"), "needs filtering attributes");
            AssertStepRefused(source, Step("Win", "opportunity"), "sdkmessageid of 'Win' is not known");
            AssertStepRefused(source, Step("Update", "opportunity", "salesstage") with
            {
                Images = new[] { new StepImageModel(Guid.NewGuid(), "PreImage", 0, new[] { "ownerid", "cri_nosuch" }) },
            }, "holds 'cri_nosuch'");
            var step = Step("Update", "opportunity", "salesstage");
            AssertStepRefused(source, new[] { step, step with { Id = Guid.NewGuid() } }, "registered twice");

            // A valid step passes (next to the shipped assemblies, which implement the source's custom APIs).
            var shipped = SolutionPacker.ReadAssemblies(SolutionTestLayout.Options(SolutionTestLayout.SourceFolder, SolutionTestLayout.NewTempFolder("unused")));
            SolutionValidator.Validate(source, shipped.Append(Assembly(Step("Update", "opportunity", "salesstage", "cri_approvalstatus"))).ToList());
        }

        private static StepModel Step(string message, string table, params string[] filtering) =>
            new(Guid.NewGuid(), $"Test: {message} of {table}", "Sample.Plugin, Sample", Guid.NewGuid(), message, table, 20, 0, 1, filtering, null, null, Array.Empty<StepImageModel>());

        private static PluginAssemblyModel Assembly(params StepModel[] steps) =>
            new(Guid.NewGuid(), "Sample", "Sample, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef", Array.Empty<byte>(),
                new[] { new PluginTypeModel(Guid.NewGuid(), "Sample.Plugin", "Sample.Plugin, Sample", null) }, steps);

        private static void AssertStepRefused(SolutionSource source, StepModel step, string expected) => AssertStepRefused(source, new[] { step }, expected);

        private static void AssertStepRefused(SolutionSource source, IReadOnlyList<StepModel> steps, string expected)
        {
            var error = Assert.ThrowsExactly<SolutionSourceException>(() => SolutionValidator.Validate(source, new[] { Assembly(steps.ToArray()) }));
            Assert.AreEqual("Sample.dll", error.File);
            StringAssert.Contains(error.Element, "Sample.Plugin");
            StringAssert.Contains(error.Message, expected);
        }

        private static SolutionSourceException PackFails(string source)
        {
            var output = SolutionTestLayout.NewTempFolder("broken");
            var error = Assert.ThrowsExactly<SolutionSourceException>(() => SolutionTestLayout.PackTo(output, source));
            Assert.AreEqual(0, Directory.GetFiles(output).Length, "no zip, not even a partial one, is left behind: " + error.Message);
            return error;
        }
    }
}
