using System;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>
    /// The packed zip registers the stage gate and the involvement detection on the Opportunity Sales Process's own
    /// table (Update of opportunitysalesprocess, filtered on activestageid, with the pre-image the steps read), and no
    /// step watches the deprecated opportunity.stageid any more. Read from the packed customizations.xml, as an import
    /// reads it.
    /// </summary>
    [TestClass]
    public sealed class FlowStepRegistrationTests
    {
        private const string Update = "20bebb1b-ea3e-db11-86a7-000a3a5473e8";
        private const string PreOperation = "20";
        private const string PostOperation = "40";
        private const string Synchronous = "0";
        private const string Asynchronous = "1";

        private static PackedZip Unmanaged => PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip);

        [TestMethod]
        [DataRow("CrmIndependence.Plugins.StageGates.Steps.GateFlowStageMove", PreOperation, Synchronous, "activestageid,opportunityid")]
        [DataRow("CrmIndependence.Plugins.Involvement.Steps.DetectManagerFlowStageMove", PostOperation, Asynchronous, "activestageid,opportunityid")]
        [DataRow("CrmIndependence.Plugins.StageGates.Steps.RecordStageGateSignals", PostOperation, Asynchronous, null)]
        public void The_flow_steps_are_registered_on_Update_of_opportunitysalesprocess_filtered_on_activestageid(string type, string stage, string mode, string? preImage)
        {
            var step = StepOf(type, "opportunitysalesprocess");

            Assert.AreEqual(Update, step.Element("SdkMessageId")!.Value, "Update");
            Assert.AreEqual(stage, step.Element("Stage")!.Value);
            Assert.AreEqual(mode, step.Element("Mode")!.Value);
            Assert.AreEqual("activestageid", step.Element("FilteringAttributes")!.Value);
            var image = step.Descendants("SdkMessageProcessingStepImage").SingleOrDefault();
            if (preImage == null)
            {
                Assert.IsNull(image, "recording the deferred signals needs no image");
                return;
            }

            Assert.IsNotNull(image, "the pre-image the step reads the stage left and the deal from");
            Assert.AreEqual("0", image.Element("ImageType")!.Value, "pre-image");
            Assert.AreEqual("Target", image.Element("MessagePropertyName")!.Value);
            CollectionAssert.AreEquivalent(preImage.Split(','), image.Element("Attributes")!.Value.Split(','));
        }

        [TestMethod]
        public void The_salesstage_gate_stays_on_opportunity_and_no_step_watches_opportunity_stageid()
        {
            var gate = StepOf("CrmIndependence.Plugins.StageGates.Steps.GateStageMove", "opportunity");
            Assert.AreEqual("salesstage", gate.Element("FilteringAttributes")!.Value);
            Assert.AreEqual(PreOperation, gate.Element("Stage")!.Value);

            foreach (var step in Unmanaged.Steps.Where(step => step.Element("PrimaryEntity")!.Value == "opportunity"))
            {
                var watched = step.Element("FilteringAttributes")!.Value.Split(',')
                    .Concat(step.Descendants("Attributes").SelectMany(attributes => attributes.Value.Split(',')));
                Assert.IsFalse(watched.Contains("stageid"), $"{(string)step.Attribute("Name")!} filters or images opportunity.stageid");
            }
        }

        private static XElement StepOf(string type, string table)
        {
            var steps = Unmanaged.Steps
                .Where(step => step.Element("PluginTypeName")!.Value.StartsWith(type + ",", StringComparison.Ordinal) && step.Element("PrimaryEntity")!.Value == table)
                .ToList();
            Assert.HasCount(1, steps, $"{type} on {table}");
            return steps[0];
        }
    }
}
