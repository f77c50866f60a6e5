using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CrmIndependence.Solution.Source;
using CrmIndependence.Solution.Validation;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>
    /// The pack refuses what Dataverse would refuse at import or what would change a customer's table, naming the file
    /// and the element: values outside the solution schema's enumerations (CustomizationsSolution.xsd 9.0.0.2090, the
    /// schema Learn's "Solution file schema" page points to), a state model an activity or standard table cannot have,
    /// an activity table written unlike real exports of custom activity tables, a system table shipped as more than a
    /// shell. And the packed zip carries those values as real exports write them.
    /// </summary>
    [TestClass]
    public sealed class SchemaValueTests
    {
        private const string HelpRequest = "Entities/cri_HelpRequest/Entity.xml";

        [TestMethod]
        public void A_column_type_outside_CrmDataType_stops_the_pack_naming_the_file_and_the_column()
        {
            var source = Edit(HelpRequest, text => text.Replace(
                "<Type>picklist</Type>\n          <Name>activitytypecode</Name>", "<Type>entityname</Type>\n          <Name>activitytypecode</Name>", StringComparison.Ordinal));

            var error = PackFails(source);

            Assert.AreEqual(HelpRequest, error.File);
            StringAssert.Contains(error.Element, "ActivityTypeCode");
            StringAssert.Contains(error.Problem, "'entityname' is not a CrmDataType");
            StringAssert.Contains(error.Problem, "picklist");
        }

        [TestMethod]
        [DataRow("Entities/cri_CoachingSession/Entity.xml", "<OptionSetType>picklist</OptionSetType>", "<OptionSetType>choice</OptionSetType>", "<OptionSetType>")]
        [DataRow("Entities/cri_CoachingSession/Entity.xml", "<IsAuditEnabled>1</IsAuditEnabled>", "<IsAuditEnabled>true</IsAuditEnabled>", "<IsAuditEnabled>")]
        [DataRow("Other/Relationships/cri_CoachingSession.xml", "<CascadeDelete>RemoveLink</CascadeDelete>", "<CascadeDelete>Delete</CascadeDelete>", "<CascadeDelete>")]
        [DataRow("Other/Relationships/cri_CoachingSession.xml", "<EntityRelationshipType>OneToMany</EntityRelationshipType>", "<EntityRelationshipType>ManyToOne</EntityRelationshipType>", "<EntityRelationshipType>")]
        [DataRow("Entities/cri_StageRequirement/Entity.xml", "<OwnershipTypeMask>OrgOwned</OwnershipTypeMask>", "<OwnershipTypeMask>Organization</OwnershipTypeMask>", "<OwnershipTypeMask>")]
        public void A_value_outside_the_schema_s_enumeration_stops_the_pack_naming_the_file_and_the_element(string file, string from, string to, string element)
        {
            var source = Edit(file, text => ReplaceFirst(text, from, to));

            var error = PackFails(source);

            Assert.AreEqual(file, error.File);
            StringAssert.Contains(error.Element, element);
            StringAssert.Contains(error.Problem, "is not a value of the solution schema");
        }

        [TestMethod]
        public void A_form_type_the_schema_does_not_have_stops_the_pack()
        {
            var source = SolutionTestLayout.CopyOfSource();
            Directory.Move(Path.Combine(source, "Entities", "cri_HelpRequest", "FormXml", "quickCreate"), Path.Combine(source, "Entities", "cri_HelpRequest", "FormXml", "quickcreate"));

            var error = PackFails(source);

            StringAssert.StartsWith(error.File, "Entities/cri_HelpRequest/FormXml/quickcreate/");
            StringAssert.Contains(error.Problem, "is not a form type of the solution schema");
        }

        [TestMethod]
        public void An_introduced_version_that_is_not_four_part_stops_the_pack()
        {
            var source = Edit("Entities/cri_DependencySignal/Entity.xml", text => ReplaceFirst(text, "<IntroducedVersion>1.0.0.0</IntroducedVersion>", "<IntroducedVersion>1.0</IntroducedVersion>"));

            var error = PackFails(source);

            Assert.AreEqual("Entities/cri_DependencySignal/Entity.xml", error.File);
            StringAssert.Contains(error.Problem, "'1.0' is not a four-part version");
        }

        [TestMethod]
        public void An_activity_table_without_the_Scheduled_state_stops_the_pack()
        {
            var source = EditXml(HelpRequest, document =>
                document.Descendants("state").Single(state => (string?)state.Attribute("value") == "3").Remove());

            var error = PackFails(source);

            Assert.AreEqual(HelpRequest, error.File);
            StringAssert.Contains(error.Problem, "an activity table has exactly the states Open (0), Completed (1), Canceled (2), Scheduled (3)");
        }

        [TestMethod]
        public void A_standard_table_with_a_third_state_stops_the_pack()
        {
            var source = EditXml("Entities/cri_CoachingSession/Entity.xml", document =>
            {
                var states = document.Descendants("states").Single();
                states.Add(new XElement("state", new XAttribute("value", 2), new XAttribute("defaultstatus", 2), new XAttribute("invariantname", "Archived")));
            });

            var error = PackFails(source);

            StringAssert.Contains(error.Problem, "a standard table has exactly the states Active (0), Inactive (1)");
        }

        [TestMethod]
        public void A_status_reason_of_a_state_the_table_does_not_have_stops_the_pack()
        {
            var source = EditXml(HelpRequest, document =>
                document.Descendants("status").Single(status => (string?)status.Attribute("value") == "100000000").SetAttributeValue("state", 4));

            var error = PackFails(source);

            StringAssert.Contains(error.Problem, "status 100000000 belongs to state 4, which an activity table does not have");
        }

        [TestMethod]
        public void A_status_reason_without_the_publisher_s_option_value_prefix_stops_the_pack()
        {
            var source = EditXml("Entities/cri_CoachingSession/Entity.xml", document =>
                document.Descendants("status").Single(status => (string?)status.Attribute("value") == "100000000").SetAttributeValue("value", 5));

            var error = PackFails(source);

            StringAssert.Contains(error.Problem, "status 5 is neither one of the platform's (1 to 2) nor carries the publisher's option value prefix 10000");
        }

        [TestMethod]
        public void A_state_whose_default_status_belongs_to_another_state_stops_the_pack()
        {
            var source = EditXml(HelpRequest, document =>
                document.Descendants("state").Single(state => (string?)state.Attribute("value") == "1").SetAttributeValue("defaultstatus", 1));

            var error = PackFails(source);

            StringAssert.Contains(error.Problem, "state 1's default status 1 is not one of that state's statuses");
        }

        [TestMethod]
        public void An_activity_type_mask_other_than_CommunicationActivity_stops_the_pack()
        {
            var source = Edit(HelpRequest, text => text.Replace("<ActivityTypeMask>CommunicationActivity</ActivityTypeMask>", "<ActivityTypeMask>1</ActivityTypeMask>", StringComparison.Ordinal));

            var error = PackFails(source);

            Assert.AreEqual("<ActivityTypeMask>", error.Element);
            StringAssert.Contains(error.Problem, "an activity table writes CommunicationActivity");
        }

        [TestMethod]
        public void An_activity_type_code_that_is_not_the_global_activity_type_choice_stops_the_pack()
        {
            var source = Edit(HelpRequest, text => text.Replace("<OptionSetName>activitypointer_activitytypecode</OptionSetName>", string.Empty, StringComparison.Ordinal));

            var error = PackFails(source);

            StringAssert.Contains(error.Element, "ActivityTypeCode");
            StringAssert.Contains(error.Problem, "a picklist on the global option set activitypointer_activitytypecode");
        }

        [TestMethod]
        public void The_opportunity_table_as_more_than_a_shell_stops_the_pack()
        {
            var renamed = EditXml("Entities/Opportunity/Entity.xml", document =>
                document.Descendants("entity").Single().AddFirst(new XElement("LocalizedNames",
                    new XElement("LocalizedName", new XAttribute("description", "Deal"), new XAttribute("languagecode", 1033)))));
            StringAssert.Contains(PackFails(renamed).Problem, "<LocalizedNames> would change the customer's table");

            var unmodified = EditXml("Entities/Opportunity/Entity.xml", document => document.Descendants("entity").Single().SetAttributeValue("unmodified", 1));
            StringAssert.Contains(PackFails(unmodified).Problem, "but the solution adds columns to it");

            var entitySet = EditXml("Entities/Opportunity/Entity.xml", document => document.Descendants("entity").Single().Add(new XElement("EntitySetName", "opportunities")));
            StringAssert.Contains(PackFails(entitySet).Problem, "<EntitySetName> would change the customer's table");

            var withMetadata = Edit("Other/Solution.xml", text => text.Replace("schemaName=\"opportunity\" behavior=\"2\"", "schemaName=\"opportunity\" behavior=\"1\"", StringComparison.Ordinal));
            var error = PackFails(withMetadata);
            Assert.AreEqual("Other/Solution.xml", error.File);
            StringAssert.Contains(error.Problem, "a shell is behavior=\"2\"");
        }

        [TestMethod]
        public void A_custom_API_without_workflowsdkstepenabled_stops_the_pack()
        {
            var source = Edit("customapis/cri_GetIndependenceScore/customapi.xml", text =>
                text.Replace("  <workflowsdkstepenabled>0</workflowsdkstepenabled>\n", string.Empty, StringComparison.Ordinal));

            var error = PackFails(source);

            Assert.AreEqual("<workflowsdkstepenabled>", error.Element);
        }

        [TestMethod]
        public void Every_enumerated_value_of_the_packed_customizations_xml_is_one_the_schema_allows()
        {
            foreach (var zip in new[] { SolutionTestLayout.Packed.UnmanagedZip, SolutionTestLayout.Packed.ManagedZip })
            {
                var packed = PackedZip.Read(zip);
                SchemaValueCheck.CheckDocument(new SourceXml("customizations.xml", packed.Customizations));
                var types = packed.Customizations.Descendants("attribute").Select(attribute => attribute.Element("Type")?.Value).Where(type => type != null).Distinct().ToList();
                CollectionAssert.IsSubsetOf(types, SchemaEnumerations.CrmDataType.ToList(), "every column type is a CrmDataType");
            }
        }

        [TestMethod]
        public void The_help_request_ships_as_a_custom_activity_table_export_writes_it()
        {
            var entity = PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip).Entity("cri_helprequest");
            var info = entity.Element("EntityInfo")!.Element("entity")!;
            Assert.AreEqual("1", info.Element("IsActivity")!.Value);
            Assert.AreEqual("CommunicationActivity", info.Element("ActivityTypeMask")!.Value);

            var typeCode = Column(info, "activitytypecode");
            Assert.AreEqual("picklist", typeCode.Element("Type")!.Value);
            Assert.AreEqual("activitypointer_activitytypecode", typeCode.Element("OptionSetName")!.Value);
            Assert.AreEqual("-1", typeCode.Element("AppDefaultValue")!.Value);
            Assert.AreEqual("ObjectTypeCode|ValidForAdvancedFind|ValidForGrid", typeCode.Element("DisplayMask")!.Value);

            CollectionAssert.AreEqual(new[] { "0 Open", "1 Completed", "2 Canceled", "3 Scheduled" },
                Column(info, "statecode").Descendants("state").Select(s => $"{s.Attribute("value")!.Value} {s.Attribute("invariantname")!.Value}").ToArray());
            CollectionAssert.AreEquivalent(
                new[] { "1@0 Open", "2@1 Completed", "3@2 Canceled", "4@3 Scheduled", "100000000@1 Answered", "100000001@1 Yours to decide", "100000002@1 Resolved in coaching" },
                Column(info, "statuscode").Descendants("status").Select(s => $"{s.Attribute("value")!.Value}@{s.Attribute("state")!.Value} {s.Descendants("label").First().Attribute("description")!.Value}").ToArray());
        }

        [TestMethod]
        public void The_opportunity_ships_as_a_shell_with_only_the_suite_s_columns()
        {
            var packed = PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip);
            var info = packed.Entity("opportunity").Element("EntityInfo")!.Element("entity")!;
            Assert.IsNull(info.Attribute("unmodified"), "a shell that adds columns is not unmodified (as a real export's Appointment with its own columns)");
            CollectionAssert.AreEqual(new[] { "attributes" }, info.Elements().Select(e => e.Name.LocalName).ToArray(), "no display name, description or setting of the table itself");
            Assert.IsTrue(info.Element("attributes")!.Elements("attribute").All(a => a.Element("IsCustomField")!.Value == "1" && a.Attribute("PhysicalName")!.Value.StartsWith("cri_", StringComparison.Ordinal)));
            Assert.AreEqual("2", packed.RootComponents.Single(r => (string?)r.Attribute("schemaName") == "opportunity").Attribute("behavior")!.Value);
        }

        [TestMethod]
        public void Introduced_versions_are_four_part_and_steps_without_images_carry_an_empty_images_element()
        {
            var packed = PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip);
            var versions = packed.Customizations.Descendants().Where(e => e.Name.LocalName == "IntroducedVersion").Select(e => e.Value).Distinct().ToList();
            Assert.IsTrue(versions.All(version => Regex.IsMatch(version, @"^\d+\.\d+\.\d+\.\d+$")), string.Join(", ", versions));
            CollectionAssert.Contains(versions, "1.0.0.0");

            Assert.IsTrue(packed.Steps.All(step => step.Element("SdkMessageProcessingStepImages") != null), "every step has its images element");
            var withoutImages = packed.Steps.Where(step => !step.Element("SdkMessageProcessingStepImages")!.HasElements).ToList();
            Assert.IsTrue(withoutImages.Count > 0);
            StringAssert.Contains(packed.Text("customizations.xml"), "<SdkMessageProcessingStepImages />");
        }

        [TestMethod]
        public void Custom_APIs_ship_with_workflowsdkstepenabled()
        {
            var packed = PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip);
            var apis = packed.Entries.Where(entry => entry.Name.EndsWith("/customapi.xml", StringComparison.Ordinal)).ToList();
            var definedInSource = System.IO.Directory.GetDirectories(System.IO.Path.Combine(SolutionTestLayout.SourceFolder, "customapis")).Length;
            Assert.AreEqual(definedInSource, apis.Count, "every custom API of Solution/customapis/ ships");
            foreach (var (name, _) in apis)
            {
                Assert.AreEqual("0", XDocument.Parse(packed.Text(name)).Root!.Element("workflowsdkstepenabled")?.Value, name);
            }
        }

        private static XElement Column(XElement info, string logicalName) =>
            info.Element("attributes")!.Elements("attribute").Single(a => a.Element("LogicalName")!.Value == logicalName);

        private static string ReplaceFirst(string text, string from, string to)
        {
            var at = text.IndexOf(from, StringComparison.Ordinal);
            Assert.IsTrue(at >= 0, $"the source has '{from}'");
            return text.Substring(0, at) + to + text.Substring(at + from.Length);
        }

        private static string Edit(string file, Func<string, string> change)
        {
            var source = SolutionTestLayout.CopyOfSource();
            var path = Path.Combine(source, file);
            var before = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var after = change(before);
            Assert.AreNotEqual(before, after, $"the edit of {file} changed nothing");
            File.WriteAllText(path, after);
            return source;
        }

        private static string EditXml(string file, Action<XDocument> change)
        {
            var source = SolutionTestLayout.CopyOfSource();
            var path = Path.Combine(source, file);
            var document = XDocument.Load(path);
            change(document);
            document.Save(path);
            return source;
        }

        private static SolutionSourceException PackFails(string source)
        {
            var output = SolutionTestLayout.NewTempFolder("schema");
            var error = Assert.ThrowsExactly<SolutionSourceException>(() => SolutionTestLayout.PackTo(output, source));
            Assert.AreEqual(0, Directory.GetFiles(output).Length, "no zip is left behind: " + error.Message);
            return error;
        }
    }
}
