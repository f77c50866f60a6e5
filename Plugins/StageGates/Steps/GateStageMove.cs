using System.Globalization;
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
    /// Checks the exit criteria of every stage a deal passes when its <c>salesstage</c> moves forward: the moves
    /// an integration, an import or a plain API call makes (the stage bar of the business process flow moves the
    /// flow's stage instead, which <see cref="GateFlowStageMove"/> checks the same way).
    /// Enforce mode refuses the save with one message listing every missing item; observe mode lets it through
    /// and defers a stage-gate signal to <see cref="RecordStageGateSignals"/> (recorded after commit).
    /// <para>PreOperation, not PreValidation: inside the transaction, so the deferred signal exists only if the
    /// move commits, and the step sees the Target after PreValidation steps changed it. A refusal throws before
    /// the core operation, so nothing is written either way.</para>
    /// <para>Service calls: none when the move is back or unchanged, or the stages passed have no requirement;
    /// otherwise one Retrieve of the needed columns the Target lacks, one aggregate when activity counts are
    /// needed, one top-1 query per related-record requirement (<see cref="StageMoveCheck"/>). Policy and
    /// requirements come from per-organization caches (one query each when the cache is cold).</para>
    /// </summary>
    [Step("Update", Opportunity.EntityName, PipelineStage.PreOperation,
        FilteringAttributes = Opportunity.SalesStage,
        PreImage = Opportunity.SalesStage + "," + Opportunity.OwnerId,
        Description = "Stage gates: exit criteria of every stage passed when salesstage moves (API, import, integrations).")]
    public sealed class GateStageMove : PluginBase
    {
        private readonly bool hasLeftoverConfiguration;

        public GateStageMove(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
            hasLeftoverConfiguration = !string.IsNullOrWhiteSpace(unsecureConfiguration);
        }

        /// <summary>What the step says when it still carries the stage-id map earlier versions read from its configuration.</summary>
        public const string LeftoverConfigurationMessage =
            "This step's unsecure configuration is no longer read (earlier versions took a stage-id map from it): moves of the " +
            "business process flow are gated by the process stage's category, on the flow's own table (GateFlowStageMove). " +
            "Clear the configuration in the Plug-in Registration Tool.";

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            if (hasLeftoverConfiguration)
            {
                context.Trace(LeftoverConfigurationMessage);
            }

            var target = context.Target;
            if (!target.Contains(Opportunity.SalesStage))
            {
                context.Trace("salesstage is not being saved: nothing to check.");
                return;
            }

            var pre = context.PreImage() ?? new Entity(Opportunity.EntityName, target.Id);
            var from = pre.GetAttributeValue<OptionSetValue>(Opportunity.SalesStage)?.Value;
            var to = target.GetAttributeValue<OptionSetValue>(Opportunity.SalesStage)?.Value;
            context.Trace($"Stage move from {Describe(from)} to {Describe(to)}.");
            var move = StageMove.Between(from, to);

            var requirements = StageMoveCheck.MayNeedChecking(move) ? StageRequirementsProvider.Current(context) : StageMoveCheck.NoRequirements;
            var check = StageMoveCheck.Evaluate(
                context.SystemService, target.Id, move, requirements,
                () => PolicyProvider.Current(context).ResponseToViolation == ViolationResponse.Block,
                target, readOwner: false);
            var due = StageGateOutcome.Apply(context, check.Decision);
            if (due != null)
            {
                StageGateSignals.Defer(context, target.Id, pre.GetAttributeValue<EntityReference>(Opportunity.OwnerId), due, move);
            }
        }

        private static string Describe(int? stage) =>
            stage == null ? "no stage" : (SalesStages.FromOptionValue(stage.Value)?.ToString() ?? "unknown stage") + $" ({stage.Value.ToString(CultureInfo.InvariantCulture)})";
    }
}
