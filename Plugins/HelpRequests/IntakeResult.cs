using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.HelpRequests
{
    /// <summary>
    /// What happens to a new help request. Refused: the plugin throws <see cref="RefusalMessage"/>.
    /// Accepted: the plugin sets the manager addressed, respond-after, disposition and (when yours to
    /// decide) the response on the Target, records <see cref="Signals"/>, and parks a
    /// <see cref="Disposition.ParkedForCoaching"/> request on the rep's next coaching session.
    /// </summary>
    public sealed class IntakeResult
    {
        private IntakeResult(
            string? refusalMessage, Guid? managerAddressedId, DateTime? respondAfter, Disposition? disposition,
            string? response, IReadOnlyList<HelpRequestSignal> signals, string summary)
        {
            RefusalMessage = refusalMessage;
            ManagerAddressedId = managerAddressedId;
            RespondAfter = respondAfter;
            Disposition = disposition;
            Response = response;
            Signals = signals;
            Summary = summary;
        }

        public bool IsAccepted => RefusalMessage == null;

        /// <summary>ONE message naming everything missing or wrong; null when accepted.</summary>
        public string? RefusalMessage { get; }

        /// <summary>The manager the request goes to: the one the rep chose, else the rep's manager.</summary>
        public Guid? ManagerAddressedId { get; }

        /// <summary>Non-urgent and parked: created + response delay. Otherwise null.</summary>
        public DateTime? RespondAfter { get; }

        public Disposition? Disposition { get; }

        /// <summary>The automatic answer for <see cref="HelpRequests.Disposition.YoursToDecide"/>; otherwise null.</summary>
        public string? Response { get; }

        public IReadOnlyList<HelpRequestSignal> Signals { get; }

        /// <summary>One line for the trace.</summary>
        public string Summary { get; }

        internal static IntakeResult Refused(string message) =>
            new IntakeResult(message, null, null, null, null, new HelpRequestSignal[0], "Help request refused: " + message);

        internal static IntakeResult Accepted(
            Guid managerAddressedId, DateTime? respondAfter, Disposition disposition, string? response,
            IReadOnlyList<HelpRequestSignal> signals, string summary) =>
            new IntakeResult(null, managerAddressedId, respondAfter, disposition, response, signals, summary);
    }
}
