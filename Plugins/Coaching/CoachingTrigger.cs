using System;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>Why a coaching session should open now: the trigger stored on the session and the reason in words.</summary>
    public sealed record CoachingTrigger
    {
        public CoachingTrigger(CoachingTriggerKind kind, string reason)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new ArgumentException("A trigger needs its reason.", nameof(reason));
            }

            Kind = kind;
            Reason = reason;
        }

        public CoachingTriggerKind Kind { get; }

        /// <summary>Every threshold crossed, in one or more sentences, e.g. "3 help requests are parked for coaching (threshold 3)."</summary>
        public string Reason { get; }
    }
}
