namespace CrmIndependence.Plugins.HelpRequests
{
    /// <summary>Where a help request stands: the disposition choice (stable option values).</summary>
    public enum Disposition
    {
        /// <summary>Non-urgent: held until respond-after and parked on the rep's next coaching session agenda.</summary>
        ParkedForCoaching = 100000000,

        /// <summary>Urgent: waits for the manager's answer.</summary>
        AwaitingResponse = 100000001,

        /// <summary>The manager answered.</summary>
        Answered = 100000002,

        /// <summary>The decision asked about is within the rep's authority: answered at once, automatically.</summary>
        YoursToDecide = 100000003,
    }
}
