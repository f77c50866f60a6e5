using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>Who did an activity on a deal, for the deal's activity counters.</summary>
    public enum ActivityAuthor
    {
        /// <summary>Neither the owner nor a manager in the owner's chain (a colleague, a team-owned deal): not counted.</summary>
        Other = 0,

        /// <summary>The deal's owner: counts toward the rep's activities.</summary>
        Owner = 1,

        /// <summary>A manager in the owner's chain within the configured depth: counts toward the manager activities.</summary>
        Manager = 2,
    }

    /// <summary>How a deal is closed: won or lost.</summary>
    public enum DealClosing
    {
        Won = 0,
        Lost = 1,
    }

    /// <summary>What the involvement rules decided about one action: the signal to record, if any, and why, for the trace.</summary>
    public sealed class InvolvementOutcome
    {
        private InvolvementOutcome(Signal? signal, ActivityAuthor author, string explanation)
        {
            Signal = signal;
            Author = author;
            Explanation = explanation;
        }

        /// <summary>The signal to record, or null when the action is not manager involvement.</summary>
        public Signal? Signal { get; }

        /// <summary>Who acted, relative to the deal; the activity counters use it.</summary>
        public ActivityAuthor Author { get; }

        public string Explanation { get; }

        public bool IsSignal => Signal != null;

        internal static InvolvementOutcome Nothing(ActivityAuthor author, string explanation) =>
            new InvolvementOutcome(null, author, explanation);

        internal static InvolvementOutcome Recorded(Signal signal) =>
            new InvolvementOutcome(signal, ActivityAuthor.Manager, $"Recorded {SignalKinds.Label(signal.Kind)}: {signal.Details}");
    }
}
