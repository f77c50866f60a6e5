using System;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>
    /// A stage gate a deal failed, not yet discussed in a held session. <see cref="GateKey"/> identifies "the same
    /// gate" (the stage requirement's id, as text) and is never shown; <see cref="GateName"/> is how people call it
    /// (the requirement's message the rep saw), null when the signal did not record it.
    /// </summary>
    public sealed record GateFailure
    {
        public GateFailure(string gateKey, Guid opportunityId)
        {
            if (string.IsNullOrWhiteSpace(gateKey))
            {
                throw new ArgumentException("A gate failure needs the key of the gate that failed.", nameof(gateKey));
            }

            GateKey = gateKey.Trim();
            OpportunityId = opportunityId;
        }

        public string GateKey { get; }

        public Guid OpportunityId { get; }

        public string? GateName { get; init; }
    }
}
