using System;

namespace CrmIndependence.Plugins.HelpRequests
{
    /// <summary>
    /// An update of a help request that may be the manager's answer: the request as it stood (pre-image)
    /// and the response columns as they will be saved.
    /// </summary>
    public sealed record HelpRequestReply
    {
        /// <summary>The request's urgency (<see cref="Urgencies.FromOptionValue"/>; treat an unknown stored value as urgent).</summary>
        public Urgency Urgency { get; init; }

        /// <summary>The disposition before this update.</summary>
        public Disposition? PreviousDisposition { get; init; }

        /// <summary>When the request was created (UTC).</summary>
        public DateTime CreatedOn { get; init; }

        /// <summary>The stored respond-after; empty for older or urgent requests (then created + delay is used).</summary>
        public DateTime? RespondAfter { get; init; }

        /// <summary>The response text after the update.</summary>
        public string? Response { get; init; }

        /// <summary>The responded-on after the update; empty means now.</summary>
        public DateTime? RespondedOn { get; init; }

        /// <summary>The rep who asked (the request's owner).</summary>
        public Guid RequesterId { get; init; }

        /// <summary>The initiating user of the update.</summary>
        public Guid ResponderId { get; init; }

        /// <summary>The operation's time (UTC), used when responded-on is empty.</summary>
        public DateTime Now { get; init; }
    }
}
