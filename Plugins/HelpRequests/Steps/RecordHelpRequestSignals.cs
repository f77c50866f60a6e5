using System;
using CrmIndependence.Plugins.HelpRequests.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using CrmIndependence.Plugins.Signals.Platform;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Steps
{
    /// <summary>
    /// Records the dependency signals help requests make due, ASYNCHRONOUSLY so a failure never blocks the rep's
    /// or the manager's save. It re-reads the decision the synchronous steps stored (images), instead of passing
    /// state between steps:
    /// <list type="bullet">
    /// <item>Create: a request answered "yours to decide" → an unnecessary-escalation signal for the rep.</item>
    /// <item>Update of the response: the first answer to a non-urgent request inside the delay → a fast-response
    /// signal for the rep, naming the manager who answered (the initiating user).</item>
    /// </list>
    /// Each signal's idempotency key is the help request's id, so a retried step never counts twice.
    /// </summary>
    [Step("Create", HelpRequest.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        PostImage = HelpRequest.OwnerId + "," + HelpRequest.Disposition + "," + HelpRequest.Response + "," + HelpRequest.ManagerAddressedId + "," + HelpRequest.RegardingObjectId,
        Description = "Records an unnecessary-escalation signal for a request the rep could decide alone.")]
    [Step("Update", HelpRequest.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = HelpRequest.Response,
        PreImage = HelpRequest.CreatedOn + "," + HelpRequest.Urgency + "," + HelpRequest.RespondAfter + "," + HelpRequest.Disposition + "," + HelpRequest.OwnerId,
        PostImage = HelpRequest.Response + "," + HelpRequest.RespondedOn + "," + HelpRequest.RegardingObjectId,
        Description = "Records a fast-response signal when a manager answers a non-urgent request inside the delay.")]
    public sealed class RecordHelpRequestSignals : PluginBase
    {
        public RecordHelpRequestSignals(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            if (!context.TryPostImage("No post-image: the step registration is missing its image; no signal recorded.", out var after))
            {
                return;
            }

            var signal = context.MessageName == "Create" ? Escalation(context, after) : FastResponse(context, after);
            if (signal == null)
            {
                return;
            }

            var created = SignalRecorder.Record(context.SystemService, signal);
            context.Trace(created ? $"Recorded a {SignalKinds.Label(signal.Kind)} signal: {signal.Details}" : $"The {SignalKinds.Label(signal.Kind)} signal was already recorded (retry): nothing counted twice.");
        }

        private static Signal? Escalation(LocalPluginContext context, Entity after)
        {
            if (after.GetAttributeValue<OptionSetValue>(HelpRequest.Disposition)?.Value != (int)Disposition.YoursToDecide)
            {
                context.Trace("The request was not answered \"yours to decide\": no signal.");
                return null;
            }

            var rep = after.GetAttributeValue<EntityReference>(HelpRequest.OwnerId)?.Id ?? context.InitiatingUserId;
            var requestId = context.ExecutionContext.PrimaryEntityId;
            var details = "Asked the manager about a decision the rep may take alone. " + (after.GetAttributeValue<string>(HelpRequest.Response) ?? string.Empty);
            return new Signal(SignalKind.UnnecessaryEscalation, rep, context.NowUtc, details.Trim(),
                IdempotencyKey.For(SignalKind.UnnecessaryEscalation, requestId))
            {
                ManagerId = after.GetAttributeValue<EntityReference>(HelpRequest.ManagerAddressedId)?.Id,
                RelatedActivityId = requestId,
                OpportunityId = Deal(after),
            };
        }

        private static Signal? FastResponse(LocalPluginContext context, Entity after)
        {
            var before = context.PreImage();
            if (before == null)
            {
                context.Trace("No pre-image: the step registration is missing its image; no signal recorded.");
                return null;
            }

            var now = context.NowUtc;
            var reply = HelpRequestReplyReader.Read(before, after, context.InitiatingUserId, now, storedRespondedOn: true);
            var assessment = HelpRequestResponse.Assess(reply, PolicyProvider.Current(context).ResponseDelayMinutes);
            context.Trace(assessment.Summary);
            if (assessment.Outcome != ReplyOutcome.Answered || assessment.Signals.Count == 0 || reply.RequesterId == Guid.Empty)
            {
                return null;
            }

            var requestId = context.ExecutionContext.PrimaryEntityId;
            return new Signal(SignalKind.FastResponse, reply.RequesterId, assessment.RespondedOn ?? now, assessment.Signals[0].Details,
                IdempotencyKey.For(SignalKind.FastResponse, requestId))
            {
                ManagerId = context.InitiatingUserId,
                RelatedActivityId = requestId,
                OpportunityId = Deal(after),
            };
        }

        private static Guid? Deal(Entity request)
        {
            var regarding = request.GetAttributeValue<EntityReference>(HelpRequest.RegardingObjectId);
            return regarding != null && regarding.LogicalName == Opportunity.EntityName ? regarding.Id : (Guid?)null;
        }
    }
}
