using System;

namespace CrmIndependence.Plugins.Signals
{
    /// <summary>
    /// A dependency signal as it is written to <c>cri_dependencysignal</c>. Create signals for the deal events
    /// through <c>Involvement/InvolvementDetector.cs</c>; other capabilities use the constructor and
    /// <see cref="Signals.IdempotencyKey.For"/>. Immutable; <see cref="Weight"/> starts at the kind's default.
    /// </summary>
    public sealed record Signal
    {
        /// <summary>The longest <see cref="Details"/> kept; longer text is cut with an ellipsis.</summary>
        public const int MaximumDetailsLength = 2000;

        /// <summary>The longest <see cref="GateName"/> kept (the length of a stage requirement's message).</summary>
        public const int MaximumGateNameLength = 400;

        private readonly int _weight;
        private readonly string? _gateName;

        public Signal(SignalKind kind, Guid repId, DateTime occurredOnUtc, string details, string idempotencyKey)
        {
            if (repId == Guid.Empty)
            {
                throw new ArgumentException("A signal needs the rep it is about.", nameof(repId));
            }

            if (string.IsNullOrWhiteSpace(details))
            {
                throw new ArgumentException("A signal needs details a manager can read.", nameof(details));
            }

            if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > Signals.IdempotencyKey.MaximumLength)
            {
                throw new ArgumentException(
                    $"A signal needs an idempotency key of 1 to {Signals.IdempotencyKey.MaximumLength} characters (see IdempotencyKey.For).",
                    nameof(idempotencyKey));
            }

            Kind = kind;
            RepId = repId;
            OccurredOnUtc = UtcTime.Normalize(occurredOnUtc);
            Details = details.Length <= MaximumDetailsLength ? details : details.Substring(0, MaximumDetailsLength - 1) + "…";
            IdempotencyKey = idempotencyKey;
            _weight = SignalKinds.DefaultWeight(kind);
        }

        public SignalKind Kind { get; }

        /// <summary>The rep whose independence the signal is about (the deal's owner, the requester, the coached rep).</summary>
        public Guid RepId { get; }

        /// <summary>The manager who acted (the initiating user), when a manager did.</summary>
        public Guid? ManagerId { get; init; }

        public Guid? OpportunityId { get; init; }

        /// <summary>
        /// The activity the signal came from: the email, phone call, task, appointment or help request; for a
        /// stage-gate signal, the first stage requirement missed (the gate key coaching groups failures by).
        /// </summary>
        public Guid? RelatedActivityId { get; init; }

        /// <summary>
        /// For a stage-gate signal: the first stage requirement missed (the one <see cref="RelatedActivityId"/> names),
        /// in the words the rep saw. Coaching names the gate by it. Blank text is kept as null; longer text is cut.
        /// </summary>
        public string? GateName
        {
            get => _gateName;
            init => _gateName = string.IsNullOrWhiteSpace(value) ? null
                : value!.Length <= MaximumGateNameLength ? value : value!.Substring(0, MaximumGateNameLength - 1) + "…";
        }

        public Guid? CoachingSessionId { get; init; }

        public DateTime OccurredOnUtc { get; }

        /// <summary>What happened, in plain words a manager would read on the signal and in a coaching agenda.</summary>
        public string Details { get; }

        public string IdempotencyKey { get; }

        /// <summary>Points this signal takes off the weekly independence score; never negative.</summary>
        public int Weight
        {
            get => _weight;
            init => _weight = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Weight), value, "A signal's weight cannot be negative: a signal never raises the score.");
        }
    }
}
