using CrmIndependence.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.StageGates.Platform
{
    /// <summary>
    /// What a stage-gate step does with a decision, whichever column moved the stage: traces its warnings and its
    /// summary, refuses the save with the decision's one message (enforce mode, criteria missing), and otherwise
    /// hands back the signal that is due (observe mode, criteria missing) for the step to defer.
    /// </summary>
    internal static class StageGateOutcome
    {
        /// <returns>The signal due, or null.</returns>
        /// <exception cref="InvalidPluginExecutionException">The move is refused; the message lists every missing item.</exception>
        public static StageGateSignal? Apply(LocalPluginContext context, StageGateDecision decision)
        {
            foreach (var warning in decision.Warnings)
            {
                context.Trace(warning);
            }

            context.Trace(decision.Summary);
            if (decision.RefusalMessage != null)
            {
                throw new InvalidPluginExecutionException(decision.RefusalMessage);
            }

            return decision.Signal;
        }
    }
}
