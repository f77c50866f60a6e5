using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals.Platform;
using CrmIndependence.Plugins.StageGates.Platform;
using CrmIndependence.Plugins.StageGates;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.StageGates.Steps
{
    /// <summary>
    /// Checks the exit criteria of every stage a deal passes when its <c>salesstage</c> or its sales-process
    /// flow stage (<c>stageid</c>, mapped with <see cref="StageMap"/>) moves forward, from any client.
    /// Enforce mode refuses the save with one message listing every missing item; observe mode lets it through
    /// and defers a stage-gate signal to <see cref="RecordStageGateSignals"/> (recorded after commit).
    /// <para>PreOperation, not PreValidation: inside the transaction, so the deferred signal exists only if the
    /// move commits, and the step sees the Target after PreValidation steps changed it. A refusal throws before
    /// the core operation, so nothing is written either way.</para>
    /// <para>Service calls: none when the move is back, unchanged or to an unmapped flow stage, or the stages
    /// passed have no requirement; otherwise one Retrieve of the needed columns the Target lacks, one aggregate
    /// when activity counts are needed, one top-1 query per related-record requirement. Policy and
    /// requirements come from per-organization caches (one query each when the cache is cold).</para>
    /// </summary>
    [Step("Update", Opportunity.EntityName, PipelineStage.PreOperation,
        FilteringAttributes = Opportunity.SalesStage + "," + Opportunity.StageId,
        PreImage = Opportunity.SalesStage + "," + Opportunity.StageId + "," + Opportunity.OwnerId,
        Description = "Stage gates: exit criteria of every stage passed (unsecure configuration: stageid=stage map).")]
    public sealed class GateStageMove : PluginBase
    {
        private readonly StageMap stageMap;

        public GateStageMove(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
            stageMap = StageMap.Parse(unsecureConfiguration);
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            foreach (var problem in stageMap.Problems)
            {
                context.Trace(problem);
            }

            var target = context.Target;
            var pre = context.PreImage() ?? new Entity(Opportunity.EntityName, target.Id);
            var move = MoveOf(context, target, pre);
            if (move == null)
            {
                return;
            }

            var requirements = IsForwardOrUnknown(move) ? StageRequirementsProvider.Current(context) : NoRequirements;
            var facts = StageGate.FactsNeeded(requirements, move);
            var enforce = false;
            DealSnapshot deal;
            if (facts.IsEmpty)
            {
                deal = new DealSnapshot();
            }
            else
            {
                enforce = PolicyProvider.Current(context).ResponseToViolation == ViolationResponse.Block;
                var stored = DealFactsReader.Retrieve(context.SystemService, target.Id, DealFactsReader.ColumnsToRead(facts, target));
                deal = DealFactsReader.Snapshot(context.SystemService, target.Id, facts, stored, target);
            }

            var decision = StageGate.Evaluate(requirements, move, deal, enforce);
            foreach (var warning in decision.Warnings)
            {
                context.Trace(warning);
            }

            context.Trace(decision.Summary);
            if (decision.RefusalMessage != null)
            {
                throw new InvalidPluginExecutionException(decision.RefusalMessage);
            }

            if (decision.Signal != null)
            {
                var qualifier = "to" + (move.ToStage?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none");
                var signal = StageGateSignals.For(context.ExecutionContext, target.Id, pre.GetAttributeValue<EntityReference>(Opportunity.OwnerId), decision.Signal, qualifier);
                DeferredSignals.Defer(context.ExecutionContext, StageGateSignals.SharedVariable, signal);
                context.Trace($"Stage-gate signal deferred for rep {signal.RepId}: recorded after the save by {nameof(RecordStageGateSignals)}.");
            }
        }

        private static readonly StageRequirementSet NoRequirements = StageRequirementReader.Read(new StageRequirementRow[0], ColumnCatalog.Empty);

        /// <summary>Whether the move may need checking: false for a move back, staying or clearing, which never reads requirements.</summary>
        private static bool IsForwardOrUnknown(StageMove move)
        {
            if (move.ToStage == null)
            {
                return false;
            }

            var to = SalesStages.FromOptionValue(move.ToStage.Value);
            var from = move.FromStage == null ? SalesStage.Qualify : SalesStages.FromOptionValue(move.FromStage.Value);
            return to == null || from == null || to.Value > from.Value;
        }

        /// <summary>The move the save makes, or null (traced) when nothing is to be checked.</summary>
        private StageMove? MoveOf(LocalPluginContext context, Entity target, Entity pre)
        {
            var salesStageSent = target.Contains(Opportunity.SalesStage);
            var stageIdSent = target.Contains(Opportunity.StageId);
            if (!salesStageSent && !stageIdSent)
            {
                context.Trace("Neither salesstage nor stageid is being saved: nothing to check.");
                return null;
            }

            var storedStage = pre.GetAttributeValue<OptionSetValue>(Opportunity.SalesStage)?.Value;
            var storedFlowStage = stageMap.StageOf(GuidOf(pre, Opportunity.StageId));
            var targets = new List<int>();
            if (salesStageSent && target.GetAttributeValue<OptionSetValue>(Opportunity.SalesStage) is OptionSetValue stage)
            {
                targets.Add(stage.Value);
            }

            if (stageIdSent)
            {
                var flowStageId = GuidOf(target, Opportunity.StageId);
                var mapped = stageMap.StageOf(flowStageId);
                if (mapped.HasValue)
                {
                    targets.Add(mapped.Value);
                }
                else if (flowStageId.HasValue)
                {
                    context.Trace(
                        $"The sales process stage {flowStageId} is not in the step's stage map ({stageMap.Count} entries): " +
                        "that part of the save is not gated. Map it in the step's unsecure configuration (stageid=stage).");
                }
            }

            if (targets.Count == 0)
            {
                if (salesStageSent)
                {
                    return StageMove.Between(storedStage ?? storedFlowStage, null);
                }

                return null;
            }

            var from = salesStageSent ? storedStage ?? storedFlowStage : storedFlowStage ?? storedStage;
            var to = targets.Max();
            context.Trace($"Stage move from {Describe(from)} to {Describe(to)}.");
            return StageMove.Between(from, to);
        }

        private static Guid? GuidOf(Entity entity, string column) =>
            entity.Contains(column) && entity[column] is Guid id && id != Guid.Empty ? id : (Guid?)null;

        private static string Describe(int? stage) =>
            stage == null ? "no stage" : (SalesStages.FromOptionValue(stage.Value)?.ToString() ?? "unknown stage") + $" ({stage})";
    }
}
