using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Steps
{
    /// <summary>
    /// Habit 1 when the manager answers: the first response stores responded-on, the response minutes and the
    /// disposition Answered in the Target (saved with the answer, no extra call; the request as it stood comes
    /// from the pre-image). A later edit of the answer counts nothing again. The fast-response signal is
    /// recorded by <see cref="RecordHelpRequestSignals"/>, asynchronously, so it never delays or blocks the answer.
    /// </summary>
    [Step("Update", HelpRequest.EntityName, PipelineStage.PreOperation,
        FilteringAttributes = HelpRequest.Response + "," + HelpRequest.RespondedOn,
        PreImage = HelpRequest.CreatedOn + "," + HelpRequest.Urgency + "," + HelpRequest.RespondAfter + "," + HelpRequest.Disposition + "," +
                   HelpRequest.OwnerId + "," + HelpRequest.ManagerAddressedId,
        Description = "Stores responded-on, response minutes and disposition when the manager answers a help request.")]
    public sealed class MeasureResponse : PluginBase
    {
        public MeasureResponse(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var before = context.PreImage();
            if (before == null)
            {
                context.Trace("No pre-image: the step registration is missing its image; nothing measured.");
                return;
            }

            var target = context.Target;
            var now = UtcTime.Normalize(context.ExecutionContext.OperationCreatedOn);
            var reply = HelpRequestReplyReader.Read(before, target, context.InitiatingUserId, now);
            var assessment = HelpRequestResponse.Assess(reply, PolicyProvider.Current(context).ResponseDelayMinutes);
            context.Trace(assessment.Summary);
            if (assessment.Outcome != ReplyOutcome.Answered)
            {
                return;
            }

            target[HelpRequest.RespondedOn] = assessment.RespondedOn;
            target[HelpRequest.ResponseMinutes] = assessment.ResponseMinutes;
            target[HelpRequest.Disposition] = new OptionSetValue((int)assessment.Disposition!.Value);
        }
    }
}
