using System;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>
    /// Something waiting for the rep's next coaching session: a parked help request or a dependency signal.
    /// <see cref="RecordId"/> is the request's or the signal's id; once the item is on a session's agenda the
    /// record's <c>cri_coachingsessionid</c> points at that session, so it is never picked up twice.
    /// </summary>
    internal sealed record CoachingItem(TopicSource Source, Guid RecordId, string Title, DateTime RaisedOnUtc)
    {
        public Guid? OpportunityId { get; init; }

        /// <summary>True for a help request, false for a dependency signal.</summary>
        public bool IsHelpRequest => Source == TopicSource.ParkedRequest;
    }
}
