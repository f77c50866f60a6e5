namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>Where an agenda item (<c>cri_coachingtopic</c>) came from (option values of <c>cri_source</c>; never renumber).</summary>
    public enum TopicSource
    {
        /// <summary>A non-urgent help request the rep parked for coaching.</summary>
        ParkedRequest = 100000000,

        /// <summary>A dependency signal.</summary>
        Signal = 100000001,

        /// <summary>A stage gate a deal failed.</summary>
        StageGateFailure = 100000002,

        /// <summary>An item left unresolved in a held session.</summary>
        CarriedOver = 100000003,

        /// <summary>Added by a person.</summary>
        Manual = 100000004,
    }
}
