using System.Activities;
using CrmIndependence.Plugins.StageGates.Platform;
using CrmIndependence.Workflows.Infrastructure;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmIndependence.Workflows.Activities
{
    /// <summary>
    /// "Check stage requirements": whether an opportunity meets the exit criteria to move to a stage (the salesstage
    /// value: 0 Qualify, 1 Develop, 2 Propose, 3 Close), and the missing items one per line. Moves nothing.
    /// The same check as the <c>cri_CheckStageRequirements</c> custom API (<see cref="StageRequirementCheck"/>).
    /// </summary>
    public sealed class CheckStageRequirements : WorkflowActivityBase
    {
        [RequiredArgument]
        [Input("Opportunity")]
        [ReferenceTarget("opportunity")]
        public InArgument<EntityReference> Opportunity { get; set; } = null!;

        [RequiredArgument]
        [Input("Target stage (0 Qualify, 1 Develop, 2 Propose, 3 Close)")]
        public InArgument<int> TargetStage { get; set; } = null!;

        [Output("Passes")]
        public OutArgument<bool> Passes { get; set; } = null!;

        [Output("Missing items")]
        public OutArgument<string> MissingItems { get; set; } = null!;

        protected override void ExecuteActivity(LocalWorkflowContext context)
        {
            var activity = context.ActivityContext;
            var result = StageRequirementCheck.Check(context.UserService, Opportunity.Get(activity), TargetStage.Get(activity), context.Trace);
            Passes.Set(activity, result.Passes);
            MissingItems.Set(activity, result.MissingItemsText);
        }
    }
}
