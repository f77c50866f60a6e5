using System;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>
    /// Who did something to a deal and when: the INITIATING user (not the user a step runs as), the time of the
    /// operation, and the operation id that makes the signal's idempotency key (the execution context's
    /// <c>CorrelationId</c>; see <see cref="IdempotencyKey"/>).
    /// </summary>
    public sealed record DealAction
    {
        public DealAction(Guid initiatingUserId, DateTime occurredOnUtc, Guid operationId)
        {
            if (initiatingUserId == Guid.Empty)
            {
                throw new ArgumentException("An action needs the initiating user.", nameof(initiatingUserId));
            }

            InitiatingUserId = initiatingUserId;
            OccurredOnUtc = UtcTime.Normalize(occurredOnUtc);
            OperationId = operationId;
        }

        public Guid InitiatingUserId { get; }

        public DateTime OccurredOnUtc { get; }

        public Guid OperationId { get; }

        /// <summary>The initiating user's full name, if known.</summary>
        public string? InitiatingUserName { get; init; }
    }
}
