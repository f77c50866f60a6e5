namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>Why a coaching session was opened (option values of <c>cri_trigger</c>; never renumber).</summary>
    public enum CoachingTriggerKind
    {
        /// <summary>The cadence: scheduled after a held session, or opened because none was held for the overdue period.</summary>
        Cadence = 100000000,

        /// <summary>Manager-involvement signals reached the threshold within the window.</summary>
        Signals = 100000001,

        /// <summary>Parked help requests reached the threshold.</summary>
        ParkedRequests = 100000002,

        /// <summary>The same stage gate failed on the threshold number of deals.</summary>
        StageGateFailures = 100000003,

        /// <summary>Opened by a person.</summary>
        Manual = 100000004,
    }
}
