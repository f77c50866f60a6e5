using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Solution.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>
    /// The Approve and Reject buttons as the packed zip ships them: the script is a JScript web resource (customizations.xml
    /// <c>&lt;WebResources&gt;</c>, type 3, its content in the <c>WebResources/</c> part its FileName names, a root component
    /// of type 61), and the opportunity's RibbonDiffXml puts two buttons on the form's command bar, enabled only by the
    /// script's approval-required rule. Learn: "Define ribbon commands" and "Define ribbon enable rules" (CustomRule with a
    /// PrimaryControl CrmParameter), https://learn.microsoft.com/power-apps/developer/model-driven-apps/define-ribbon-enable-rules;
    /// webresourcetype 3 = Script (JScript), https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/webresource.
    /// </summary>
    [TestClass]
    public sealed class ApprovalCommandTests
    {
        private const string Script = "cri_/scripts/approvedeal.js";

        private static PackedZip Zip => PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip);

        [TestMethod]
        public void The_script_ships_as_a_JScript_web_resource_with_its_content_in_the_zip()
        {
            var zip = Zip;
            var resource = zip.Customizations.Element("WebResources")!.Elements("WebResource").Single(r => r.Element("Name")!.Value == Script);

            Assert.AreEqual("3", resource.Element("WebResourceType")!.Value);
            var part = resource.Element("FileName")!.Value.TrimStart('/');
            StringAssert.StartsWith(part, "WebResources/");
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(SolutionTestLayout.SourceFolder, "WebResources", "cri_", "scripts", "approvedeal.js")), zip.Bytes(part));
            Assert.IsTrue(zip.RootComponents.Any(root => (string?)root.Attribute("type") == "61" && (string?)root.Attribute("schemaName") == Script));
            Assert.IsFalse(zip.Entries.Any(entry => entry.Name.EndsWith(".data.xml", StringComparison.Ordinal)), "the .data.xml is the source's description, not a part");
        }

        [TestMethod]
        public void Approve_and_Reject_sit_on_the_opportunity_form_command_bar_enabled_only_when_approval_is_required()
        {
            var ribbon = Zip.Entity("Opportunity").Element("RibbonDiffXml")!;
            var buttons = ribbon.Element("CustomActions")!.Elements("CustomAction").ToList();

            CollectionAssert.AreEquivalent(new[] { "Mscrm.Form.opportunity.MainTab.Save.Controls._children" }, buttons.Select(b => (string)b.Attribute("Location")!).Distinct().ToList());
            var functions = ribbon.Element("CommandDefinitions")!.Elements("CommandDefinition")
                .ToDictionary(c => (string)c.Attribute("Id")!, c => c.Element("Actions")!.Element("JavaScriptFunction")!);
            foreach (var button in buttons.Select(b => b.Element("CommandUIDefinition")!.Element("Button")!))
            {
                var command = ribbon.Element("CommandDefinitions")!.Elements("CommandDefinition").Single(c => (string)c.Attribute("Id")! == (string)button.Attribute("Command")!);
                var enable = command.Element("EnableRules")!.Element("EnableRule")!.Attribute("Id")!.Value;
                var rule = ribbon.Element("RuleDefinitions")!.Element("EnableRules")!.Elements("EnableRule").Single(r => (string)r.Attribute("Id")! == enable).Element("CustomRule")!;
                Assert.AreEqual("CrmIndependence.ApproveDeal.isApprovalRequired", (string)rule.Attribute("FunctionName")!);
                Assert.AreEqual("false", (string)rule.Attribute("Default")!, "hidden when the rule cannot run");
                var label = ((string)button.Attribute("LabelText")!).Replace("$LocLabels:", "");
                Assert.IsTrue(ribbon.Element("LocLabels")!.Elements("LocLabel").Any(l => (string)l.Attribute("Id")! == label), $"the label {label} is defined");
            }

            CollectionAssert.AreEquivalent(
                new[] { "CrmIndependence.ApproveDeal.approve", "CrmIndependence.ApproveDeal.reject" },
                functions.Values.Select(f => (string)f.Attribute("FunctionName")!).ToList());
            Assert.IsTrue(functions.Values.All(f => (string)f.Attribute("Library")! == "$webresource:" + Script && (string?)f.Element("CrmParameter")?.Attribute("Value") == "PrimaryControl"));
        }

        [TestMethod]
        public void The_deal_approval_form_has_a_Decision_authority_section_the_suite_fills_and_the_approver_comments_in()
        {
            var zip = Zip;
            var form = zip.Entity("Opportunity").Element("FormXml")!.Elements("forms").Single(f => (string)f.Attribute("type")! == "main")
                .Elements("systemform").Single(f => f.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!.Value == "Deal approval");
            var section = form.Descendants("section").Single(s => (string)s.Attribute("name")! == "cri_decisionauthority");
            var controls = section.Descendants("control").ToDictionary(c => (string)c.Attribute("datafieldname")!, c => (string?)c.Attribute("disabled") == "true");

            Assert.AreEqual("Decision authority", section.Element("labels")!.Element("label")!.Attribute("description")!.Value);
            CollectionAssert.AreEqual(new[] { "cri_approvalstatus", "cri_approvalreason", "cri_approvedbyid", "cri_approvalcomment" }, controls.Keys.ToList());
            Assert.IsTrue(controls["cri_approvalstatus"] && controls["cri_approvalreason"] && controls["cri_approvedbyid"], "what the suite writes is read-only on the form");
            Assert.IsFalse(controls["cri_approvalcomment"], "the approver types the comment before Approve or Reject");
            Assert.IsTrue(zip.RootComponents.Any(root => (string?)root.Attribute("type") == "60" && string.Equals((string?)root.Attribute("id"), (string)form.Element("formid")!, StringComparison.OrdinalIgnoreCase)),
                "a form added to the platform's opportunity ships as its own root component (the table is a shell)");
        }

        [TestMethod]
        public void A_ribbon_naming_a_script_the_solution_lacks_stops_the_pack()
        {
            var source = SolutionTestLayout.CopyOfSource();
            var file = Path.Combine(source, "Entities", "Opportunity", "RibbonDiff.xml");
            File.WriteAllText(file, File.ReadAllText(file).Replace("$webresource:" + Script, "$webresource:cri_/scripts/missing.js"));

            var error = Assert.ThrowsExactly<SolutionSourceException>(() => SolutionTestLayout.PackTo(SolutionTestLayout.NewTempFolder("bad-ribbon"), source));

            StringAssert.Contains(error.Message, "$webresource:cri_/scripts/missing.js");
            StringAssert.Contains(error.Message, "names a web resource the solution does not have");
        }

        [TestMethod]
        public void A_web_resource_whose_type_does_not_match_its_file_stops_the_pack()
        {
            var source = SolutionTestLayout.CopyOfSource();
            var file = Path.Combine(source, "WebResources", "cri_", "scripts", "approvedeal.js.data.xml");
            var xml = XElement.Load(file);
            xml.Element("WebResourceType")!.Value = "1";
            xml.Save(file);

            var error = Assert.ThrowsExactly<SolutionSourceException>(() => SolutionTestLayout.PackTo(SolutionTestLayout.NewTempFolder("bad-webresource"), source));

            StringAssert.Contains(error.Message, "'1' is not the type of a .js file (3)");
        }
    }
}
