using CrmIndependence.Plugins.HelpRequests.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Steps
{
    /// <summary>
    /// An answered help request is done: when its disposition becomes Answered (the manager's answer,
    /// <see cref="MeasureResponse"/>) or is "yours to decide" from the start (<see cref="AssessHelpRequest"/>), the request
    /// is completed with that status reason, so it leaves the open views and the rep's timeline shows it closed. A parked
    /// request resolved in a held coaching session is completed by the coaching step <c>Coaching/Steps/FollowSessionChange.cs</c>.
    /// Asynchronous, off the rep's and the manager's save; one Update, none when the request is already closed (a retry).
    /// </summary>
    [Step("Create", HelpRequest.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous, Rank = 3,
        PostImage = HelpRequest.StateCode + "," + HelpRequest.Disposition + "," + HelpRequest.RespondedOn,
        Description = "Completes a help request answered at once (yours to decide).")]
    [Step("Update", HelpRequest.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous, Rank = 3,
        FilteringAttributes = HelpRequest.Disposition,
        PostImage = HelpRequest.StateCode + "," + HelpRequest.Disposition + "," + HelpRequest.RespondedOn,
        Description = "Completes a help request once the manager has answered it.")]
    public sealed class CompleteHelpRequest : PluginBase
    {
        public CompleteHelpRequest(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            if (!context.TryPostImage("No post-image: the step registration is missing its image; nothing completed.", out var request))
            {
                return;
            }

            if (request.GetAttributeValue<OptionSetValue>(HelpRequest.StateCode)?.Value != HelpRequest.StateCodeOption.Open)
            {
                context.Trace("The request is already closed: nothing to do.");
                return;
            }

            var value = request.GetAttributeValue<OptionSetValue>(HelpRequest.Disposition)?.Value;
            var closing = RequestClosings.For(value.HasValue && System.Enum.IsDefined(typeof(Disposition), value.Value) ? (Disposition)value.Value : (Disposition?)null);
            if (closing == null)
            {
                context.Trace("The request still waits (parked for coaching or awaiting a response): it stays open.");
                return;
            }

            var endedOn = UtcTime.Normalize(request.GetAttributeValue<System.DateTime?>(HelpRequest.RespondedOn) ?? context.NowUtc);
            RequestCompletion.Complete(context.SystemService, context.ExecutionContext.PrimaryEntityId, closing.Value, endedOn);
            context.Trace($"Help request completed: {closing.Value}.");
        }
    }
}
