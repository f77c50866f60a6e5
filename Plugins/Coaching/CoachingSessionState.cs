using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>A coaching session as the lifecycle rules need it: its status, date, trigger and topics.</summary>
    public sealed record CoachingSessionState
    {
        public CoachingSessionState(Guid sessionId, Guid repId, CoachingSessionStatus status, DateTime scheduledStartUtc)
        {
            if (sessionId == Guid.Empty)
            {
                throw new ArgumentException("A session needs its id.", nameof(sessionId));
            }

            if (repId == Guid.Empty)
            {
                throw new ArgumentException("A session needs its rep.", nameof(repId));
            }

            SessionId = sessionId;
            RepId = repId;
            Status = status;
            ScheduledStartUtc = UtcTime.Normalize(scheduledStartUtc);
        }

        public Guid SessionId { get; }

        public Guid RepId { get; }

        public CoachingSessionStatus Status { get; }

        public DateTime ScheduledStartUtc { get; }

        public Guid? ManagerId { get; init; }

        public CoachingTriggerKind Trigger { get; init; } = CoachingTriggerKind.Cadence;

        public IReadOnlyList<AgendaTopic> Topics { get; init; } = new AgendaTopic[0];
    }
}
