using CrmIndependence.Plugins.HelpRequests.Platform;
using CrmIndependence.Plugins.HelpRequests;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.ManagersWeek.Platform;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.ManagersWeek.Steps
{
    /// <summary>
    /// Habit 1 on the manager's week: the first answer to a NON-URGENT help request counts on the week of the
    /// manager who answered (the initiating user), with its response minutes and whether it came before the
    /// request's respond-after time — the same assessment <see cref="MeasureResponse"/> stored, read back from the
    /// images. A later edit of the answer, an urgent request and a rep answering their own request count nothing.
    /// Keyed by the help request: a retried job finds the key in the week's log.
    /// </summary>
    [Step("Update", HelpRequest.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = HelpRequest.Response,
        PreImage = HelpRequest.CreatedOn + "," + HelpRequest.Urgency + "," + HelpRequest.RespondAfter + "," + HelpRequest.Disposition + "," + HelpRequest.OwnerId,
        PostImage = HelpRequest.Response + "," + HelpRequest.RespondedOn,
        Description = "Counts a manager's first answer to a non-urgent help request on the manager's week.")]
    public sealed class CountAnswerOnManagerWeek : PluginBase
    {
        public CountAnswerOnManagerWeek(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var before = context.PreImage();
            var after = context.PostImage();
            if (before == null || after == null)
            {
                context.Trace("No pre- or post-image: the step registration is missing its images; nothing counted on a manager's week.");
                return;
            }

            var now = context.NowUtc;
            var reply = HelpRequestReplyReader.Read(before, after, context.InitiatingUserId, now, storedRespondedOn: true);
            var assessment = HelpRequestResponse.Assess(reply, PolicyProvider.Current(context).ResponseDelayMinutes);
            if (assessment.Outcome != ReplyOutcome.Answered || reply.Urgency != Urgency.NonUrgent || reply.ResponderId == reply.RequesterId)
            {
                context.Trace("Not a manager's first answer to a non-urgent request: nothing counted on a manager's week.");
                return;
            }

            var answer = HabitEvent.Answer(
                reply.ResponderId,
                assessment.RespondedOn ?? now,
                "answer:" + context.ExecutionContext.PrimaryEntityId.ToString("N"),
                assessment.ResponseMinutes ?? 0,
                insideDelay: assessment.Signals.Count > 0);
            ManagerWeekWriter.Apply(context, answer);
        }
    }
}
