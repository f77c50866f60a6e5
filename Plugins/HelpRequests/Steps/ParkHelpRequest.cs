using System;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Steps
{
    /// <summary>
    /// Habit 5: a non-urgent request (parked for coaching) goes on the rep's NEXT coaching session's agenda, with
    /// the rep's recommendation; when the rep has no open session, the parked requests count toward opening one
    /// (<see cref="CoachingPlanner"/>). Asynchronous: the rep's save never waits for the agenda.
    /// </summary>
    [Step("Create", HelpRequest.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous, Rank = 2,
        PostImage = HelpRequest.OwnerId + "," + HelpRequest.Disposition + "," + HelpRequest.PrimaryName + "," + HelpRequest.Problem + "," +
                    HelpRequest.CreatedOn + "," + HelpRequest.RegardingObjectId + "," + HelpRequest.CoachingSessionId,
        Description = "Parks a non-urgent help request on the rep's next coaching session, opening one when due.")]
    public sealed class ParkHelpRequest : PluginBase
    {
        public ParkHelpRequest(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            if (!context.TryPostImage("No post-image: the step registration is missing its image; nothing parked.", out var request))
            {
                return;
            }

            if (request.GetAttributeValue<OptionSetValue>(HelpRequest.Disposition)?.Value != (int)Disposition.ParkedForCoaching)
            {
                context.Trace("The request is not parked for coaching: nothing to put on an agenda.");
                return;
            }

            if (request.GetAttributeValue<EntityReference>(HelpRequest.CoachingSessionId) != null)
            {
                context.Trace("The request is already on a coaching session's agenda (a retry): nothing to do.");
                return;
            }

            if (request.Id == Guid.Empty)
            {
                request.Id = context.ExecutionContext.PrimaryEntityId;
            }

            var repId = request.GetAttributeValue<EntityReference>(HelpRequest.OwnerId)?.Id ?? context.InitiatingUserId;
            CoachingPlanner.PlaceParkedRequest(context, repId, request);
        }
    }
}
