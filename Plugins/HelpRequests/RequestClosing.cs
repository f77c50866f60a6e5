namespace CrmIndependence.Plugins.HelpRequests
{
    /// <summary>How a help request ends: completed, with a status reason saying how it was answered.</summary>
    public enum RequestClosing
    {
        /// <summary>The manager answered it.</summary>
        Answered,

        /// <summary>The decision was the rep's to take: answered at once, "this is yours to decide".</summary>
        YoursToDecide,

        /// <summary>Parked for coaching, and resolved as a topic of a held coaching session.</summary>
        ResolvedInCoaching,
    }

    /// <summary>
    /// When a help request is done (habit 1 ends with an answer): an answered or "yours to decide" request is
    /// completed; a parked one stays open, waiting on the rep's coaching agenda, until the manager answers it or a held
    /// session resolves its topic; an urgent one awaiting a response stays open until answered.
    /// </summary>
    public static class RequestClosings
    {
        /// <summary>The closing a disposition means, or null while the request still waits.</summary>
        public static RequestClosing? For(Disposition? disposition)
        {
            switch (disposition)
            {
                case Disposition.Answered: return RequestClosing.Answered;
                case Disposition.YoursToDecide: return RequestClosing.YoursToDecide;
                default: return null;
            }
        }
    }
}
