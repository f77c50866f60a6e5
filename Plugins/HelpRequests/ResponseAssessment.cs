using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.HelpRequests
{
    /// <summary>What an update of a help request's response means.</summary>
    public enum ReplyOutcome
    {
        /// <summary>No response text and no responded-on: nothing to do.</summary>
        NotAResponse,

        /// <summary>The request was answered before; a later edit changes nothing and counts nothing.</summary>
        AlreadyAnswered,

        /// <summary>The first answer: the plugin writes responded-on, response minutes and disposition.</summary>
        Answered,
    }

    /// <summary>
    /// The result of a manager answering. When <see cref="Outcome"/> is <see cref="ReplyOutcome.Answered"/>
    /// the plugin sets <see cref="RespondedOn"/>, <see cref="ResponseMinutes"/> and <see cref="Disposition"/>
    /// and records <see cref="Signals"/> against the manager who answered (the initiating user).
    /// </summary>
    public sealed class ResponseAssessment
    {
        internal ResponseAssessment(ReplyOutcome outcome, DateTime? respondedOn, int? responseMinutes, IReadOnlyList<HelpRequestSignal> signals, string summary)
        {
            Outcome = outcome;
            RespondedOn = respondedOn;
            ResponseMinutes = responseMinutes;
            Signals = signals;
            Summary = summary;
        }

        public ReplyOutcome Outcome { get; }

        public DateTime? RespondedOn { get; }

        /// <summary>Whole minutes from creation to the answer, never negative.</summary>
        public int? ResponseMinutes { get; }

        /// <summary><see cref="HelpRequests.Disposition.Answered"/> when answered; otherwise null (unchanged).</summary>
        public Disposition? Disposition => Outcome == ReplyOutcome.Answered ? HelpRequests.Disposition.Answered : (Disposition?)null;

        public IReadOnlyList<HelpRequestSignal> Signals { get; }

        /// <summary>One line for the trace.</summary>
        public string Summary { get; }
    }
}
