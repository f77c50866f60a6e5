using System;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>
    /// An agenda item (<c>cri_coachingtopic</c>): what it is about, where it came from and whether it was resolved.
    /// The optional parts feed the agenda: the deal, the rep's recommendation (parked requests), a detail line
    /// (what was tried, a signal's details), notes from earlier sessions, the gate key grouping gate failures
    /// with the gate's name, and the kind of the signal a topic came from (which section it goes in).
    /// </summary>
    public sealed record AgendaTopic
    {
        public AgendaTopic(Guid id, TopicSource source, string title, DateTime raisedOnUtc)
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                throw new ArgumentException("A coaching topic needs a title.", nameof(title));
            }

            Id = id;
            Source = source;
            Title = title;
            RaisedOnUtc = UtcTime.Normalize(raisedOnUtc);
        }

        public Guid Id { get; }

        public TopicSource Source { get; init; }

        public string Title { get; }

        public DateTime RaisedOnUtc { get; }

        public Guid? OpportunityId { get; init; }

        public string? DealName { get; init; }

        /// <summary>For a parked help request: the rep's own recommendation.</summary>
        public string? RepRecommendation { get; init; }

        /// <summary>One more line of context: what was tried, the options, a signal's details.</summary>
        public string? Detail { get; init; }

        /// <summary>For a stage gate failure: the key of the gate, so failures of the same gate are grouped.</summary>
        public string? GateKey { get; init; }

        /// <summary>For a stage gate failure: how people call the gate (the requirement's message the rep saw), if known.</summary>
        public string? GateName { get; init; }

        /// <summary>
        /// For a topic that came from a dependency signal (also when carried over): the signal's kind. A won-without-approval
        /// signal goes under "Decisions beyond your authority", not "Where a manager stepped in".
        /// </summary>
        public SignalKind? SignalKind { get; init; }

        /// <summary>The record the topic came from: the help request, signal or stage requirement.</summary>
        public Guid? SourceRecordId { get; init; }

        /// <summary>For a carried-over topic: where it came from before it was carried over.</summary>
        public TopicSource? OriginalSource { get; init; }

        public bool IsResolved { get; init; }

        /// <summary>Notes taken in earlier sessions.</summary>
        public string? Notes { get; init; }
    }
}
