using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>
    /// What the plugin knows about a rep when deciding whether to open a coaching session. Every number is a
    /// count the plugin reads with a bounded query (open items, a time window), never a scan of history.
    /// </summary>
    public sealed record CoachingSituation
    {
        private readonly int _parkedRequests;
        private readonly int _involvementSignalsInWindow;

        public CoachingSituation(bool hasOpenSession, DateTime trackingSinceUtc)
        {
            HasOpenSession = hasOpenSession;
            TrackingSinceUtc = UtcTime.Normalize(trackingSinceUtc);
        }

        /// <summary>The rep already has a planned session: new topics go on its agenda, no second session opens.</summary>
        public bool HasOpenSession { get; }

        /// <summary>When the suite started following the rep (user created, or solution installed), for a rep never coached.</summary>
        public DateTime TrackingSinceUtc { get; }

        /// <summary>Help requests parked for coaching and not yet discussed.</summary>
        public int ParkedRequests
        {
            get => _parkedRequests;
            init => _parkedRequests = NotNegative(value, nameof(ParkedRequests));
        }

        /// <summary>Manager-involvement signals (<see cref="SignalKinds.ManagerInvolvement"/>) in the policy's window.</summary>
        public int InvolvementSignalsInWindow
        {
            get => _involvementSignalsInWindow;
            init => _involvementSignalsInWindow = NotNegative(value, nameof(InvolvementSignalsInWindow));
        }

        /// <summary>Stage gate failures on the rep's deals not yet discussed.</summary>
        public IReadOnlyList<GateFailure> GateFailures { get; init; } = new GateFailure[0];

        /// <summary>When the rep's last session was held, or null when none ever was.</summary>
        public DateTime? LastHeldSessionUtc { get; init; }

        private static int NotNegative(int value, string name) =>
            value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} cannot be negative.");
    }
}
