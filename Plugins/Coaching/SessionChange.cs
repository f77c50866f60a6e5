using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>How the open topics reach the next session.</summary>
    public enum TopicHandling
    {
        /// <summary>The session was held: each unresolved topic is copied to the next session as "carried over"; the original stays, unresolved, on the held one.</summary>
        CarryOverAsNew = 0,

        /// <summary>The session did not take place: its topics move, unchanged, to the session at the new date.</summary>
        MoveUnchanged = 1,
    }

    /// <summary>The session that follows a held, skipped, cancelled or rescheduled one: created Planned by the plugin.</summary>
    public sealed record NextSessionPlan(
        DateTime StartUtc, Guid PreviousSessionId, CoachingTriggerKind Trigger, IReadOnlyList<AgendaTopic> Topics, TopicHandling Handling)
    {
        /// <summary>Unresolved topics beyond the carry-over limit: they stay on the held session's topic list.</summary>
        public int LeftOnHeldSession { get; init; }
    }

    /// <summary>The result of a status change: refused with an error naming what is missing, or accepted with what to write.</summary>
    public sealed class SessionChange
    {
        private SessionChange(bool isAccepted, CoachingSessionStatus newStatus, string error, IReadOnlyList<string> missing, NextSessionPlan? next, Signal? signal)
        {
            IsAccepted = isAccepted;
            NewStatus = newStatus;
            Error = error;
            Missing = missing;
            Next = next;
            Signal = signal;
        }

        public bool IsAccepted { get; }

        /// <summary>The session's status after the change (its current status when refused).</summary>
        public CoachingSessionStatus NewStatus { get; }

        /// <summary>Empty when accepted; otherwise the message for the user, saying what is missing and how to fix it.</summary>
        public string Error { get; }

        /// <summary>What the user must still fill in: "reason", "new date" (empty when accepted or refused for another cause).</summary>
        public IReadOnlyList<string> Missing { get; }

        /// <summary>The next session to create, when the change produces one.</summary>
        public NextSessionPlan? Next { get; }

        /// <summary>The coaching-skipped signal to record, for a skip.</summary>
        public Signal? Signal { get; }

        internal static SessionChange Accepted(CoachingSessionStatus newStatus, NextSessionPlan? next, Signal? signal = null) =>
            new SessionChange(true, newStatus, string.Empty, new string[0], next, signal);

        internal static SessionChange Refused(CoachingSessionStatus current, string error, IReadOnlyList<string>? missing = null) =>
            new SessionChange(false, current, error ?? throw new ArgumentNullException(nameof(error)), missing ?? new string[0], null, null);
    }
}
