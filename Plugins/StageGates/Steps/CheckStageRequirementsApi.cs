using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.StageGates.Platform;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.StageGates.Steps
{
    /// <summary>
    /// The custom API <c>cri_CheckStageRequirements</c>: OpportunityId and TargetStage (the salesstage value) in;
    /// Passes and MissingItems (one per line) out. Moves nothing and records nothing: it answers "could this deal move
    /// to that stage now?". The work is <see cref="StageRequirementCheck"/>, shared with the "Check stage requirements"
    /// workflow activity. Runs as the calling user, so it only sees a deal the caller may read.
    /// </summary>
    [CustomApi("cri_CheckStageRequirements")]
    public sealed class CheckStageRequirementsApi : PluginBase
    {
        public CheckStageRequirementsApi(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var inputs = context.ExecutionContext.InputParameters;
            var opportunity = inputs.TryGetValue("OpportunityId", out var dealValue) ? dealValue as EntityReference : null;
            int? stage = inputs.TryGetValue("TargetStage", out var stageValue) && stageValue is int given ? given : (int?)null;
            var result = StageRequirementCheck.Check(context.InitiatingUserService, opportunity, stage, context.Trace);

            context.ExecutionContext.OutputParameters["Passes"] = result.Passes;
            context.ExecutionContext.OutputParameters["MissingItems"] = result.MissingItemsText;
        }
    }
}
