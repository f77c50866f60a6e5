using System.Activities;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Workflows.Infrastructure;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmIndependence.Workflows.Activities
{
    /// <summary>
    /// "Open coaching session": the rep's planned coaching session, opened if there is none (with the reason as the
    /// agenda's "Why now"). Idempotent: a rep who already has a planned session gets that one back and Created is false.
    /// The work is <see cref="CoachingSessionOpener"/>.
    /// </summary>
    public sealed class OpenCoachingSession : WorkflowActivityBase
    {
        [RequiredArgument]
        [Input("Rep")]
        [ReferenceTarget("systemuser")]
        public InArgument<EntityReference> Rep { get; set; } = null!;

        [Input("Reason")]
        public InArgument<string> Reason { get; set; } = null!;

        [Output("Coaching session")]
        [ReferenceTarget(CoachingSession.EntityName)]
        public OutArgument<EntityReference> Session { get; set; } = null!;

        [Output("Created")]
        public OutArgument<bool> Created { get; set; } = null!;

        protected override void ExecuteActivity(LocalWorkflowContext context)
        {
            var activity = context.ActivityContext;
            var opened = CoachingSessionOpener.Open(
                context.UserService, Rep.Get(activity), Reason.Get(activity), context.NowUtc, context.WorkflowContext.IsInTransaction, context.Trace);
            Session.Set(activity, new EntityReference(CoachingSession.EntityName, opened.SessionId));
            Created.Set(activity, opened.Created);
        }
    }
}
