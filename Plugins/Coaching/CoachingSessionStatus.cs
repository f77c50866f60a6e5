namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>
    /// The status of a <c>cri_coachingsession</c> (option values of its <c>cri_status</c> choice; never renumber).
    /// Only <see cref="Planned"/> is open; every other status is final.
    /// </summary>
    public enum CoachingSessionStatus
    {
        /// <summary>Open: scheduled, not yet held. At most one per rep.</summary>
        Planned = 100000000,

        /// <summary>The meeting took place; unresolved topics carry over to the next session, scheduled on the cadence.</summary>
        Held = 100000001,

        /// <summary>Did not take place, with a reason and a new date; records a coaching-skipped signal.</summary>
        Skipped = 100000002,

        /// <summary>Moved to a new date; the session at the new date takes its topics.</summary>
        Rescheduled = 100000003,

        /// <summary>Called off, with a reason and a new date; the session at the new date takes its topics.</summary>
        Cancelled = 100000004,
    }
}
