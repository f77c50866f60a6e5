using CrmIndependence.Plugins.HelpRequests.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Steps
{
    /// <summary>
    /// Habit 1 when the manager answers: the first response stores responded-on, the response minutes and the
    /// disposition Answered in the Target (saved with the answer, no extra call; the request as it stood comes
    /// from the pre-image). Responded-on is the operation's server time, whatever the user sent (a value sent with
    /// the answer is replaced, and <c>GuardSuiteColumns</c> drops one sent on its own). A later edit of the answer
    /// counts nothing again. The fast-response signal is recorded by <see cref="RecordHelpRequestSignals"/>,
    /// asynchronously, so it never delays or blocks the answer.
    /// </summary>
    [Step("Update", HelpRequest.EntityName, PipelineStage.PreOperation,
        FilteringAttributes = HelpRequest.Response,
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
            if (!context.TryPreImage("No pre-image: the step registration is missing its image; nothing measured.", out var before))
            {
                return;
            }

            var target = context.Target;
            var now = context.NowUtc;
            var reply = HelpRequestReplyReader.Read(before, target, context.InitiatingUserId, now, storedRespondedOn: false);
            var assessment = HelpRequestResponse.Assess(reply, PolicyProvider.Current(context).ResponseDelayMinutes);
            context.Trace(assessment.Summary);
            if (assessment.Outcome != ReplyOutcome.Answered)
            {
                if (target.Contains(HelpRequest.RespondedOn))
                {
                    target.Attributes.Remove(HelpRequest.RespondedOn);
                    context.Trace("The responded-on sent with this save was dropped: the suite stamps it with the server's time of the first answer.");
                }

                return;
            }

            if (target.Contains(HelpRequest.RespondedOn))
            {
                context.Trace($"The responded-on sent with the answer was replaced by the server's time of the answer ({now:u}).");
            }

            target[HelpRequest.RespondedOn] = assessment.RespondedOn;
            target[HelpRequest.ResponseMinutes] = assessment.ResponseMinutes;
            target[HelpRequest.Disposition] = new OptionSetValue((int)assessment.Disposition!.Value);
        }
    }
}
