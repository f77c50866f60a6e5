using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Security;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.StageGates.Steps;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using CrmIndependence.Plugins.Tests.SdkConformance;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.StageGates
{
    /// <summary>
    /// A rep moving the Opportunity Sales Process with the stage bar: the flow instance's activestageid changes, and the
    /// process stage's category says which sales stage it is. Gated like a salesstage move, with the same message and signal.
    /// </summary>
    [TestClass]
    public sealed class FlowStageMoveTests
    {
        [TestMethod]
        public void Enforce_refuses_Riley_moving_the_flow_past_Qualify_without_the_decision_maker_with_the_salesstage_message()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Enforce();
            var flow = org.StartSalesProcess(org.RileysDeal);
            var salesStageMessage = SalesOrg.Refusal(() => org.MoveTo(org.Riley, org.RileysDeal, Opportunity.SalesStageOption.Develop));

            var message = SalesOrg.Refusal(() => org.MoveFlowTo(org.Riley, flow, SalesProcessFlow.Develop));

            Assert.AreEqual(salesStageMessage, message, "one message, whichever way the stage moves");
            StringAssert.StartsWith(message, "This deal can't move to Develop yet. Complete these first: \u2022 ");
            StringAssert.Contains(message, StageGateSetup.DecisionMaker);
            Assert.AreEqual(SalesProcessFlow.Qualify, org.FlowStageOf(flow), "the refused move is not saved");
            Assert.AreEqual(0, org.StageGateSignals().Length);
        }

        [TestMethod]
        public void Observe_lets_the_flow_move_and_records_the_stage_gate_signal_for_Riley()
        {
            var org = new SalesOrg().WithStandardRequirements();
            var flow = org.StartSalesProcess(org.RileysDeal);

            org.MoveFlowTo(org.Riley, flow, SalesProcessFlow.Develop);

            Assert.AreEqual(SalesProcessFlow.Develop, org.FlowStageOf(flow));
            var signal = org.StageGateSignals().Single();
            Assert.AreEqual(org.Riley.Id, signal.GetAttributeValue<EntityReference>(DependencySignal.RepId).Id);
            Assert.AreEqual(org.RileysDeal, signal.GetAttributeValue<EntityReference>(DependencySignal.OpportunityId).Id);
            StringAssert.Contains(signal.GetAttributeValue<string>(DependencySignal.Details), StageGateSetup.DecisionMaker);
            Assert.AreEqual(StageGateSetup.DecisionMaker, signal.GetAttributeValue<string>(DependencySignal.GateName));
            Assert.AreEqual(string.Empty, org.AsyncFailureText());
        }

        [TestMethod]
        public void Recording_the_flow_move_s_signal_twice_keeps_one_row()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.MoveFlowTo(org.Riley, org.StartSalesProcess(org.RileysDeal), SalesProcessFlow.Develop);
            var run = org.Org.LastOperation!.RunsOf<RecordStageGateSignals>().Single();

            CrmIndependence.Plugins.Tests.Product.Involvement.PluginHarness.Replay(org, run);

            Assert.AreEqual(1, org.StageGateSignals().Length);
        }

        [TestMethod]
        public void The_flow_move_and_the_salesstage_move_record_the_same_signal()
        {
            var viaFlow = new SalesOrg().WithStandardRequirements();
            viaFlow.MoveFlowTo(viaFlow.Riley, viaFlow.StartSalesProcess(viaFlow.RileysDeal), SalesProcessFlow.Develop);
            var viaSalesStage = new SalesOrg().WithStandardRequirements();
            viaSalesStage.MoveTo(viaSalesStage.Riley, viaSalesStage.RileysDeal, Opportunity.SalesStageOption.Develop);

            var flowSignal = viaFlow.StageGateSignals().Single();
            var stageSignal = viaSalesStage.StageGateSignals().Single();
            Assert.AreEqual(stageSignal.GetAttributeValue<string>(DependencySignal.Details), flowSignal.GetAttributeValue<string>(DependencySignal.Details));
            Assert.AreEqual(stageSignal.GetAttributeValue<OptionSetValue>(DependencySignal.Kind).Value, flowSignal.GetAttributeValue<OptionSetValue>(DependencySignal.Kind).Value);
        }

        [TestMethod]
        public void A_flow_instance_created_at_Develop_keeps_its_stage_in_enforce_mode_and_its_next_move_checks_Develop_only()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Enforce();
            org.Org.AddOpportunitySalesProcess();

            var flow = org.As(org.Riley).Create(new Entity(OpportunitySalesProcess.EntityName)
            {
                ["name"] = "Opportunity Sales Process",
                [OpportunitySalesProcess.OpportunityId] = new EntityReference(Opportunity.EntityName, org.RileysDeal),
                [OpportunitySalesProcess.ProcessId] = new EntityReference("workflow", CrmIndependence.Emulator.Org.OpportunitySalesProcess.ProcessId),
                [OpportunitySalesProcess.ActiveStageId] = new EntityReference(ProcessStage.EntityName, SalesProcessFlow.Develop),
            });
            org.Org.RunAsyncSteps();

            Assert.AreEqual(SalesProcessFlow.Develop, org.FlowStageOf(flow), "a created flow instance is not a move: it keeps its stage");
            Assert.AreEqual(0, org.StageGateSignals().Length);
            var message = SalesOrg.Refusal(() => org.MoveFlowTo(org.Riley, flow, SalesProcessFlow.Propose));
            StringAssert.Contains(message, "can't move to Propose");
            StringAssert.Contains(message, StageGateSetup.TwoCalls);
            Assert.IsFalse(message.Contains(StageGateSetup.DecisionMaker, StringComparison.Ordinal), "Qualify's exit criteria are behind the flow: " + message);
            Assert.AreEqual(SalesProcessFlow.Develop, org.FlowStageOf(flow));
        }

        [TestMethod]
        public void Skipping_stages_of_the_flow_checks_every_stage_passed_in_one_message()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Enforce();
            var flow = org.StartSalesProcess(org.RileysDeal);

            var message = SalesOrg.Refusal(() => org.MoveFlowTo(org.Riley, flow, SalesProcessFlow.Propose));

            StringAssert.Contains(message, "can't move to Propose");
            StringAssert.Contains(message, StageGateSetup.DecisionMaker);
            StringAssert.Contains(message, StageGateSetup.TwoCalls);
        }

        [TestMethod]
        public void A_deal_that_meets_the_criteria_moves_on_with_the_flow_in_enforce_mode()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Enforce();
            org.GiveDecisionMaker(org.RileysDeal);
            org.LogCompletedCalls(org.RileysDeal, org.Riley, 2);
            var flow = org.StartSalesProcess(org.RileysDeal, SalesProcessFlow.Develop);

            org.MoveFlowTo(org.Riley, flow, SalesProcessFlow.Propose);

            Assert.AreEqual(SalesProcessFlow.Propose, org.FlowStageOf(flow));
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "Flow stage move from 'Develop' (category Develop (1)) to 'Propose' (category Propose (2))");
        }

        [TestMethod]
        [DataRow(false)]
        [DataRow(true)]
        public void Moving_the_flow_back_is_always_allowed_and_reads_only_the_two_stages(bool enforce)
        {
            var org = new SalesOrg().WithStandardRequirements();
            if (enforce)
            {
                org.Enforce();
            }

            var flow = org.StartSalesProcess(org.RileysDeal, SalesProcessFlow.Propose);

            org.MoveFlowTo(org.Riley, flow, SalesProcessFlow.Qualify);

            Assert.AreEqual(SalesProcessFlow.Qualify, org.FlowStageOf(flow));
            Assert.AreEqual(0, org.StageGateSignals().Length);
            Assert.AreEqual(1, org.CallsOf<GateFlowStageMove>(), "one query for the stages' categories; no requirement, deal or policy read");
        }

        [TestMethod]
        [DataRow(false, SalesProcessFlow.Identify)]
        [DataRow(true, SalesProcessFlow.Identify)]
        [DataRow(true, null)]
        public void A_stage_whose_category_the_suite_does_not_map_is_let_through_with_a_trace(bool enforce, int? category)
        {
            var org = new SalesOrg().WithStandardRequirements();
            if (enforce)
            {
                org.Enforce();
            }

            var research = org.AddStage("Research the buying committee", category);
            var flow = org.StartSalesProcess(org.RileysDeal);

            org.MoveFlowTo(org.Riley, flow, research);

            Assert.AreEqual(research, org.FlowStageOf(flow));
            Assert.AreEqual(0, org.StageGateSignals().Length);
            var trace = string.Join("\n", org.Org.LastOperation!.Trace);
            StringAssert.Contains(trace, "'Research the buying committee' (category " + (category == null ? "none" : "Identify (4)") + ")");
            StringAssert.Contains(trace, "is not a sales stage the suite maps");
        }

        [TestMethod]
        public void Leaving_a_stage_the_suite_does_not_map_is_checked_from_the_start_of_the_process()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Enforce();
            var identify = org.AddStage("Identify the sponsor", SalesProcessFlow.Identify);
            var flow = org.StartSalesProcess(org.RileysDeal, identify);

            var message = SalesOrg.Refusal(() => org.MoveFlowTo(org.Riley, flow, SalesProcessFlow.Develop));

            StringAssert.Contains(message, StageGateSetup.DecisionMaker);
            Assert.AreEqual(identify, org.FlowStageOf(flow));
        }

        [TestMethod]
        public void A_gated_flow_move_makes_three_service_calls_with_10_or_10000_earlier_activities()
        {
            foreach (var earlier in new[] { 10, 10_000 })
            {
                var org = new SalesOrg().WithStandardRequirements();
                org.Enforce();
                org.LogCompletedCalls(org.RileysDeal, org.Riley, earlier);
                SalesOrg.Refusal(() => org.MoveTo(org.Tom, org.TomsDeal, Opportunity.SalesStageOption.Develop)); // warms the caches
                org.GiveDecisionMaker(org.RileysDeal);
                var flow = org.StartSalesProcess(org.RileysDeal);

                org.MoveFlowTo(org.Riley, flow, SalesProcessFlow.Propose);

                var calls = org.CallsOf<GateFlowStageMove>();
                Console.WriteLine($"GateFlowStageMove with {earlier} earlier activities: {calls} service calls");
                Assert.AreEqual(3, calls, "the stages' categories, the deal's columns and owner, the completed-activity aggregate");
                Assert.AreEqual(SalesProcessFlow.Propose, org.FlowStageOf(flow));
            }
        }

        [TestMethod]
        public void Salesstage_set_by_the_API_is_still_gated_and_the_deprecated_stageid_no_longer_runs_a_gate()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Enforce();

            var message = SalesOrg.Refusal(() => org.MoveTo(org.Riley, org.RileysDeal, Opportunity.SalesStageOption.Develop));
            org.As(org.Riley).Update(new Entity(Opportunity.EntityName, org.RileysDeal) { ["stageid"] = SalesProcessFlow.Develop });

            StringAssert.Contains(message, StageGateSetup.DecisionMaker);
            Assert.IsFalse(org.Ran<GateStageMove>(), "opportunity.stageid is not watched: the flow's own table is");
            Assert.AreEqual(Opportunity.SalesStageOption.Qualify, org.StageOf(org.RileysDeal));
        }

        [TestMethod]
        public void A_stage_map_left_in_the_salesstage_step_s_configuration_is_traced_as_unused_and_changes_nothing()
        {
            var org = new SalesOrg().WithStandardRequirements();
            var step = CrmIndependence.Plugins.Registration.RegistrationReader.ReadType(typeof(GateStageMove)).Steps.Single();
            org.Org.Register(step with { Id = Guid.NewGuid(), Name = step.Name + " (upgraded)", Configuration = $"{SalesProcessFlow.Develop}=Develop" });
            org.Enforce();
            org.GiveDecisionMaker(org.RileysDeal);

            org.MoveTo(org.Riley, org.RileysDeal, Opportunity.SalesStageOption.Develop);

            Assert.AreEqual(Opportunity.SalesStageOption.Develop, org.StageOf(org.RileysDeal));
            var runs = org.Org.LastOperation!.RunsOf<GateStageMove>().ToList();
            Assert.HasCount(2, runs, "the shipped step and the one carrying the old configuration");
            Assert.AreEqual(1, runs.Count(run => string.Join("\n", run.Trace).Contains(GateStageMove.LeftoverConfigurationMessage)), "only the configured one says so");
        }

        [TestMethod]
        public void A_custom_flow_on_opportunity_is_gated_once_the_same_steps_are_registered_on_its_table()
        {
            var org = new SalesOrg().WithStandardRequirements();
            var flow = CustomFlow.Arrange(org);
            org.Enforce();

            var message = SalesOrg.Refusal(() => org.MoveFlowTo(org.Riley, flow.Instance, flow.Develop, CustomFlow.Table));
            org.SetPolicy("{\"mode\":\"observe\"}");
            org.MoveFlowTo(org.Riley, flow.Instance, flow.Develop, CustomFlow.Table);

            StringAssert.Contains(message, "can't move to Develop");
            StringAssert.Contains(message, StageGateSetup.DecisionMaker);
            Assert.AreEqual(flow.Develop, org.FlowStageOf(flow.Instance, CustomFlow.Table));
            var signal = org.StageGateSignals().Single();
            Assert.AreEqual(org.Riley.Id, signal.GetAttributeValue<EntityReference>(DependencySignal.RepId).Id);
            Assert.AreEqual(org.RileysDeal, signal.GetAttributeValue<EntityReference>(DependencySignal.OpportunityId).Id);
            Assert.AreEqual(string.Empty, org.AsyncFailureText());
        }

        [TestMethod]
        public void A_custom_flow_step_registered_without_the_lookup_in_its_pre_image_says_what_to_register()
        {
            var org = new SalesOrg().WithStandardRequirements();
            var flow = CustomFlow.Arrange(org, preImage: OpportunitySalesProcess.ActiveStageId);
            org.Enforce();

            org.MoveFlowTo(org.Riley, flow.Instance, flow.Develop, CustomFlow.Table);

            var trace = string.Join("\n", org.Org.LastOperation!.Trace);
            StringAssert.Contains(trace, "names no opportunity in the Target or the pre-image");
            StringAssert.Contains(trace, "bpf_opportunityid on a flow made in the designer");
        }

        [TestMethod]
        public void A_flow_gate_registered_without_its_pre_image_reads_the_stage_the_flow_leaves_from_the_stored_row()
        {
            var org = new SalesOrg().WithStandardRequirements();
            var flow = CustomFlow.Arrange(org, withoutPreImage: true);
            org.Org.SeedUpdate(new Entity(CustomFlow.Table, flow.Instance) { [OpportunitySalesProcess.ActiveStageId] = new EntityReference(ProcessStage.EntityName, flow.Develop) });
            org.Enforce();

            var message = SalesOrg.Refusal(() => org.MoveFlowTo(org.Riley, flow.Instance, flow.Propose, CustomFlow.Table));

            StringAssert.Contains(message, "can't move to Propose");
            StringAssert.Contains(message, StageGateSetup.TwoCalls);
            Assert.IsFalse(message.Contains(StageGateSetup.DecisionMaker, StringComparison.Ordinal), "the move leaves Develop, not the start of the process: " + message);
            var gate = org.Org.LastOperation!.RunsOf<GateFlowStageMove>().Single();
            StringAssert.Contains(string.Join("\n", gate.Trace), "No pre-image: read the stored new_dealflow row for the stage the flow leaves (one Retrieve). Register the step's PreImage");
            Assert.AreEqual(flow.Develop, org.FlowStageOf(flow.Instance, CustomFlow.Table));
        }

        /// <summary>
        /// A flow made in the designer for opportunity, as the install guide's (docs/INSTALL.md) "How stage moves are gated" has an admin cover it: the
        /// flow's table (new_dealflow, lookup bpf_opportunityid), its stages, privileges for the reps, and the suite's
        /// GateFlowStageMove and RecordStageGateSignals registered on the table as the install guide lists them.
        /// </summary>
        internal sealed class CustomFlow
        {
            public const string Table = "new_dealflow";

            public Guid Instance { get; private set; }

            public Guid Develop { get; private set; }

            public Guid Propose { get; private set; }

            /// <param name="preImage">The pre-image columns, when not the install guide's (to show what a wrong registration does).</param>
            /// <param name="withoutPreImage">Registers every step without a pre-image (an admin who left it out).</param>
            public static CustomFlow Arrange(SalesOrg org, string? preImage = null, bool withoutPreImage = false)
            {
                org.Org.Metadata.Add(StandardTables.BusinessProcessFlowTable(Table, OpportunitySalesProcess.CustomFlow.OpportunityLookup, Opportunity.EntityName).Build());
                org.Org.Security.AddRole(SecurityRole.Define("Deal flow users")
                    .Grant(Table, AccessDepth.Global, Access.Create, Access.Read, Access.Write, Access.Append, Access.AppendTo));
                org.Org.Security.AssignRoles(org.Riley, "Deal flow users");
                org.Org.Security.AssignRoles(org.Max, "Deal flow users");

                var processId = org.Org.Seed(new Entity("workflow")
                {
                    ["name"] = "Deal flow",
                    ["uniquename"] = Table,
                    ["category"] = new OptionSetValue(StandardTables.WorkflowCategory.BusinessProcessFlow),
                    ["primaryentity"] = Opportunity.EntityName,
                });
                var discover = org.Org.AddProcessStage(Guid.NewGuid(), "Discover", StandardTables.StageCategory.Qualify, processId);
                var flow = new CustomFlow
                {
                    Develop = org.Org.AddProcessStage(Guid.NewGuid(), "Shape the solution", StandardTables.StageCategory.Develop, processId),
                    Propose = org.Org.AddProcessStage(Guid.NewGuid(), "Send the proposal", StandardTables.StageCategory.Propose, processId),
                };

                foreach (var row in ReadmeRegistrations())
                {
                    org.Org.RegisterStep(
                        (IPlugin)Activator.CreateInstance(row.Type, new object?[] { null, null })!, // as Dataverse creates it: no configuration
                        "Update", Table, row.Stage, mode: row.Mode, filteringAttributes: row.Filtering,
                        preImage: row.PreImage == null || withoutPreImage ? null : preImage ?? row.PreImage, name: row.Type.Name + " on " + Table);
                }

                flow.Instance = org.Org.Seed(new Entity(Table)
                {
                    ["name"] = "Deal flow",
                    [OpportunitySalesProcess.CustomFlow.OpportunityLookup] = new EntityReference(Opportunity.EntityName, org.RileysDeal),
                    [OpportunitySalesProcess.ProcessId] = new EntityReference("workflow", processId),
                    [OpportunitySalesProcess.ActiveStageId] = new EntityReference(ProcessStage.EntityName, discover),
                    [OpportunitySalesProcess.TraversedPath] = discover.ToString(),
                });
                return flow;
            }

            /// <summary>The rows of the install guide's (docs/INSTALL.md) table "A business process flow of your own on opportunity", read as an admin reads them.</summary>
            public static IReadOnlyList<(Type Type, PipelineStage Stage, ExecutionMode Mode, string Filtering, string? PreImage)> ReadmeRegistrations()
            {
                var readme = RepositoryLayout.Current.Text("docs/INSTALL.md");
                var section = readme.Substring(readme.IndexOf("**A business process flow of your own on opportunity.**", StringComparison.Ordinal));
                var rows = new List<(Type, PipelineStage, ExecutionMode, string, string?)>();
                foreach (Match row in Regex.Matches(section, @"^\s*\| `(?<type>[A-Za-z.]+)` \| Update, your flow's table \| (?<stage>\w+), (?<mode>\w+) \| `(?<filter>\w+)` \| (?<image>[^|]+) \|\s*$", RegexOptions.Multiline))
                {
                    var type = typeof(GateFlowStageMove).Assembly.GetType(row.Groups["type"].Value, throwOnError: true)!;
                    var image = row.Groups["image"].Value.Trim();
                    rows.Add((
                        type,
                        (PipelineStage)Enum.Parse(typeof(PipelineStage), row.Groups["stage"].Value),
                        row.Groups["mode"].Value == "asynchronous" ? ExecutionMode.Asynchronous : ExecutionMode.Synchronous,
                        row.Groups["filter"].Value,
                        image == "none" ? null : string.Join(",", Regex.Matches(image, "`(\\w+)`").Select(m => m.Groups[1].Value))));
                }

                Assert.HasCount(3, rows, "the install guide lists the three steps to register on a custom flow's table");
                return rows;
            }
        }
    }
}
