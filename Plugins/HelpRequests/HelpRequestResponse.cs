using System;

namespace CrmIndependence.Plugins.HelpRequests
{
    /// <summary>
    /// Measures the manager's answer (habit 1: delay responding). The first time a request gets a response
    /// text or a responded-on: response minutes = responded-on − created in whole minutes (never negative),
    /// disposition Answered. An answer to a NON-URGENT request before its respond-after (created + delay when
    /// none is stored) makes a <see cref="HelpRequestSignalKind.FastResponse"/> signal due, unless the rep
    /// answered their own request.
    /// </summary>
    public static class HelpRequestResponse
    {
        /// <param name="reply">The request before the update and its response columns after it.</param>
        /// <param name="responseDelayMinutes">The policy's response delay, used when no respond-after is stored.</param>
        public static ResponseAssessment Assess(HelpRequestReply reply, int responseDelayMinutes)
        {
            if (reply == null)
            {
                throw new ArgumentNullException(nameof(reply));
            }

            if (responseDelayMinutes < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(responseDelayMinutes), responseDelayMinutes, "The response delay can't be negative.");
            }

            if (string.IsNullOrWhiteSpace(reply.Response) && reply.RespondedOn == null)
            {
                return new ResponseAssessment(ReplyOutcome.NotAResponse, null, null, new HelpRequestSignal[0], "Help request: no response yet.");
            }

            if (reply.PreviousDisposition == Disposition.Answered)
            {
                return new ResponseAssessment(ReplyOutcome.AlreadyAnswered, null, null, new HelpRequestSignal[0], "Help request: already answered; nothing counted again.");
            }

            var created = Utc(reply.CreatedOn);
            var respondedOn = Utc(reply.RespondedOn ?? reply.Now);
            var minutes = Math.Max(0, (int)Math.Floor((respondedOn - created).TotalMinutes));
            var respondAfter = reply.RespondAfter.HasValue ? Utc(reply.RespondAfter.Value) : created.AddMinutes(responseDelayMinutes);
            var fast = reply.Urgency == Urgency.NonUrgent && reply.ResponderId != reply.RequesterId && respondedOn < respondAfter;
            if (!fast)
            {
                return new ResponseAssessment(ReplyOutcome.Answered, respondedOn, minutes, new HelpRequestSignal[0], $"Help request answered after {minutes} minute(s).");
            }

            var delay = (int)Math.Round((respondAfter - created).TotalMinutes);
            var signal = new HelpRequestSignal(
                HelpRequestSignalKind.FastResponse,
                $"Answered a non-urgent request after {minutes} minute(s), inside the {delay}-minute delay");
            return new ResponseAssessment(ReplyOutcome.Answered, respondedOn, minutes, new[] { signal }, $"Help request answered after {minutes} minute(s): a fast response to a non-urgent request (delay {delay} minutes).");
        }

        private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
    }
}
