using System;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Steps
{
    /// <summary>
    /// Habit 5 from the signals: a manager-involvement, stage-gate or won-without-approval signal
    /// (<see cref="CoachingSignals.TopicKinds"/>) goes on the rep's open coaching session as a topic; when the rep has
    /// none, <see cref="CoachingTriggers"/> decides whether the involvement signals in the window, repeated gate
    /// failures or the overdue cadence open one (<see cref="CoachingPlanner"/>). A won-without-approval signal counts
    /// toward none of those: without an open session it waits, and joins the next session that opens.
    /// Asynchronous and separate from the scoring step that also reacts to new signals. Other kinds (fast
    /// response, unnecessary escalation, skipped coaching) are not agenda items and are left alone.
    /// </summary>
    [Step("Create", DependencySignal.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous, Rank = 2,
        PostImage = DependencySignal.RepId + "," + DependencySignal.Kind + "," + DependencySignal.OccurredOn + "," + DependencySignal.Details + "," +
                    DependencySignal.OpportunityId + "," + DependencySignal.CoachingSessionId + "," + DependencySignal.RelatedActivity,
        Description = "Adds an involvement, stage-gate or won-without-approval signal to the rep's coaching session, opening one when due.")]
    public sealed class CoachSignal : PluginBase
    {
        public CoachSignal(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            if (!context.TryPostImage("No post-image: the step registration is missing its image; nothing to coach.", out var signal))
            {
                return;
            }

            if (signal.Id == Guid.Empty)
            {
                signal.Id = context.ExecutionContext.PrimaryEntityId;
            }

            var repId = signal.GetAttributeValue<EntityReference>(DependencySignal.RepId)?.Id;
            var item = CoachingBacklog.ItemFor(signal);
            if (repId == null || item == null)
            {
                context.Trace(repId == null ? "The signal names no rep: nothing to coach." : "This kind of signal is not a coaching topic.");
                return;
            }

            if (signal.GetAttributeValue<EntityReference>(DependencySignal.CoachingSessionId) != null)
            {
                context.Trace("The signal is already on a coaching session's agenda (a retry): nothing to do.");
                return;
            }

            CoachingPlanner.Place(context, repId.Value, item);
        }
    }
}
