using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>
    /// Which dependency signals are coaching topics, and what each one counts toward:
    /// <list type="bullet">
    /// <item>manager involvement (<see cref="SignalKinds.ManagerInvolvement"/>): a topic ("where a manager stepped in")
    /// that counts toward <c>involvementSignalsForCoaching</c>;</item>
    /// <item>stage gate blocked: a topic (source stage-gate failure) that counts toward <c>sameGateFailuresForCoaching</c>;</item>
    /// <item>won without approval: a topic ("decisions beyond your authority") that counts toward NO threshold. The rep
    /// went past their own authority; nobody stepped in, so it is not involvement, and it opens no session by itself.
    /// It goes on the rep's open session, or waits for the next one a threshold or the cadence opens.</item>
    /// </list>
    /// Other kinds (fast response, unnecessary escalation, coaching skipped) are not agenda items.
    /// </summary>
    public static class CoachingSignals
    {
        /// <summary>Every kind that becomes a topic on the rep's coaching agenda.</summary>
        public static readonly IReadOnlyList<SignalKind> TopicKinds =
            SignalKinds.ManagerInvolvement.Concat(new[] { SignalKind.StageGateBlocked, SignalKind.WonWithoutApproval }).ToArray();

        public static bool IsTopic(SignalKind kind) => TopicKinds.Contains(kind);

        /// <summary>True for the kinds counted toward <c>involvementSignalsForCoaching</c>: manager involvement only.</summary>
        public static bool CountsAsInvolvement(SignalKind kind) => SignalKinds.IsManagerInvolvement(kind);

        /// <summary>True for a decision the rep took beyond their authority without approval (its own agenda section).</summary>
        public static bool IsBeyondAuthority(SignalKind? kind) => kind == SignalKind.WonWithoutApproval;

        /// <summary>The topic's source: stage-gate failure for a gate signal, signal for the others.</summary>
        public static TopicSource SourceOf(SignalKind kind) => kind == SignalKind.StageGateBlocked ? TopicSource.StageGateFailure : TopicSource.Signal;
    }
}
