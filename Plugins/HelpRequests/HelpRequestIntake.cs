using System;
using CrmIndependence.Plugins.DecisionAuthority;

namespace CrmIndependence.Plugins.HelpRequests
{
    /// <summary>
    /// Decides what happens to a new help request (habits 1 and 2: delay responding, ask for solutions).
    /// <list type="number">
    /// <item>Refused with one message when something is missing (<see cref="HelpRequestValidation"/>).</item>
    /// <item>The manager addressed defaults to the rep's manager.</item>
    /// <item>A request about a decision inside the rep's authority (an explicit authority row covering the
    /// value) is answered at once: <see cref="Disposition.YoursToDecide"/>, "This is yours to decide: …", and
    /// an <see cref="HelpRequestSignalKind.UnnecessaryEscalation"/> signal is due. No authority row means no
    /// entitlement was granted, so such a request goes to the manager as usual.</item>
    /// <item>Otherwise urgent: <see cref="Disposition.AwaitingResponse"/>; non-urgent:
    /// <see cref="Disposition.ParkedForCoaching"/> with respond-after = created + the response delay.</item>
    /// </list>
    /// </summary>
    public static class HelpRequestIntake
    {
        /// <param name="draft">The request as the rep filled it in.</param>
        /// <param name="requester">The rep: authority profile and manager.</param>
        /// <param name="authority">The decision-authority configuration.</param>
        /// <param name="responseDelayMinutes">The policy's response delay (0 or more; default 60).</param>
        public static IntakeResult Assess(HelpRequestDraft draft, Requester requester, AuthorityMatrix authority, int responseDelayMinutes)
        {
            if (draft == null)
            {
                throw new ArgumentNullException(nameof(draft));
            }

            if (requester == null)
            {
                throw new ArgumentNullException(nameof(requester));
            }

            if (authority == null)
            {
                throw new ArgumentNullException(nameof(authority));
            }

            if (responseDelayMinutes < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(responseDelayMinutes), responseDelayMinutes, "The response delay can't be negative.");
            }

            var urgency = Urgencies.FromOptionValue(draft.Urgency);
            var problems = HelpRequestValidation.Problems(draft, requester, urgency);
            if (problems != null)
            {
                return IntakeResult.Refused(problems);
            }

            var manager = HelpRequestValidation.Addressee(draft, requester)!.Value;
            var decision = DecisionAskedAbout(draft);
            if (decision != null)
            {
                var repAuthority = authority.Resolve(decision, requester.Profile);
                if (repAuthority.IsDefined && repAuthority.Covers(draft.DecisionValue))
                {
                    var asked = decision.Format(draft.DecisionValue!.Value);
                    var response = $"This is yours to decide: your authority covers {decision.Label} {repAuthority.Describe()}. Go ahead.";
                    var signal = new HelpRequestSignal(
                        HelpRequestSignalKind.UnnecessaryEscalation,
                        $"Asked the manager about a {decision.Label} of {asked}, which the rep may decide alone ({repAuthority.Describe()})");
                    return IntakeResult.Accepted(manager, null, Disposition.YoursToDecide, response, new[] { signal }, $"Help request answered at once: {decision.Label} {asked} is within the rep's authority ({repAuthority.Describe()}).");
                }
            }

            if (urgency == Urgency.Urgent)
            {
                return IntakeResult.Accepted(manager, null, Disposition.AwaitingResponse, null, new HelpRequestSignal[0], $"Urgent help request addressed to {manager}, awaiting response.");
            }

            var respondAfter = draft.CreatedOn.AddMinutes(responseDelayMinutes);
            return IntakeResult.Accepted(manager, respondAfter, Disposition.ParkedForCoaching, null, new HelpRequestSignal[0], $"Non-urgent help request addressed to {manager}, parked for coaching; ready for an answer after {respondAfter:u}.");
        }

        /// <summary>The decision the request is about, when it names one with a value the suite can judge.</summary>
        private static Decision? DecisionAskedAbout(HelpRequestDraft draft)
        {
            if (draft.DecisionType == null || draft.DecisionValue == null)
            {
                return null;
            }

            var kind = DecisionKinds.FromOptionValue(draft.DecisionType.Value);
            if (kind == DecisionKind.Column)
            {
                return string.IsNullOrWhiteSpace(draft.DecisionColumn) ? null : Decision.OfColumn(draft.DecisionColumn!);
            }

            return kind == null ? null : Decision.Of(kind.Value);
        }
    }
}
