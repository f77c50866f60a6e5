using System;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Platform
{
    /// <summary>
    /// Builds the domain's <see cref="HelpRequestReply"/> from the request as it stood (an image) and the response
    /// columns as they are saved. Both the synchronous step (Target) and the asynchronous signal step (post-image)
    /// use it, so they reach the same decision. Responded-on is never taken from the user: the synchronous step reads
    /// none (<paramref name="storedRespondedOn"/> false), so the answer is timed at the operation's server time and
    /// stamped; the asynchronous step reads that stamp back from the post-image.
    /// </summary>
    internal static class HelpRequestReplyReader
    {
        public static HelpRequestReply Read(Entity before, Entity after, Guid responderId, DateTime nowUtc, bool storedRespondedOn)
        {
            var disposition = before.GetAttributeValue<OptionSetValue>(HelpRequest.Disposition)?.Value;
            var respondAfter = before.GetAttributeValue<DateTime?>(HelpRequest.RespondAfter);
            var respondedOn = storedRespondedOn ? after.GetAttributeValue<DateTime?>(HelpRequest.RespondedOn) : null;
            return new HelpRequestReply
            {
                Urgency = Urgencies.FromOptionValue(before.GetAttributeValue<OptionSetValue>(HelpRequest.Urgency)?.Value) ?? Urgency.Urgent,
                PreviousDisposition = disposition.HasValue && Enum.IsDefined(typeof(Disposition), disposition.Value) ? (Disposition)disposition.Value : (Disposition?)null,
                CreatedOn = UtcTime.Normalize(before.GetAttributeValue<DateTime?>(HelpRequest.CreatedOn) ?? nowUtc),
                RespondAfter = respondAfter.HasValue ? UtcTime.Normalize(respondAfter.Value) : (DateTime?)null,
                Response = after.GetAttributeValue<string>(HelpRequest.Response),
                RespondedOn = respondedOn.HasValue ? UtcTime.Normalize(respondedOn.Value) : (DateTime?)null,
                RequesterId = before.GetAttributeValue<EntityReference>(HelpRequest.OwnerId)?.Id ?? Guid.Empty,
                ResponderId = responderId,
                Now = nowUtc,
            };
        }
    }
}
