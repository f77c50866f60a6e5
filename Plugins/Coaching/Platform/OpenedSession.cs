using System;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>The rep's planned coaching session, and whether <see cref="CoachingSessionOpener"/> had to create it.</summary>
    public sealed record OpenedSession(Guid SessionId, bool Created, DateTime ScheduledStartUtc);
}
