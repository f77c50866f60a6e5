using System;
using CrmIndependence.Plugins.Coaching;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.ManagersWeek.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.ManagersWeek.Steps
{
    /// <summary>
    /// Habit 5 on the manager's week (the session's <c>cri_managerid</c>, on the week it happened):
    /// <list type="bullet">
    /// <item>Update: a planned session held or skipped counts once, when its status changes to Held or Skipped.</item>
    /// <item>Create: a session the suite opened because coaching was overdue (trigger Cadence, no previous session:
    /// a session scheduled after a held one names that one) counts as overdue coaching.</item>
    /// </list>
    /// Keyed by the session: a retried job finds the key in the week's log.
    /// </summary>
    [Step("Update", CoachingSession.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = CoachingSession.SessionStatus,
        PreImage = CoachingSession.SessionStatus,
        PostImage = CoachingSession.SessionStatus + "," + CoachingSession.ManagerId,
        Description = "Counts a held or skipped coaching session on the manager's week.")]
    [Step("Create", CoachingSession.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        PostImage = CoachingSession.Trigger + "," + CoachingSession.PreviousSessionId + "," + CoachingSession.ManagerId,
        Description = "Counts a coaching session opened because coaching was overdue on the manager's week.")]
    public sealed class CountCoachingOnManagerWeek : PluginBase
    {
        public CountCoachingOnManagerWeek(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            if (!context.TryPostImage("No post-image: the step registration is missing its image; nothing counted on a manager's week.", out var after))
            {
                return;
            }

            var habit = context.MessageName == "Create" ? Opened(after) : Closed(context.PreImage(), after);
            if (habit == null)
            {
                context.Trace("Neither held, skipped nor opened because coaching was overdue: nothing counted on a manager's week.");
                return;
            }

            var manager = after.GetAttributeValue<EntityReference>(CoachingSession.ManagerId);
            if (manager == null || manager.Id == Guid.Empty)
            {
                context.Trace("The session names no manager (cri_managerid is empty): nothing counted on a manager's week.");
                return;
            }

            var key = (habit == HabitEventKind.CoachingOverdue ? "opened:" : "closed:") + context.ExecutionContext.PrimaryEntityId.ToString("N");
            ManagerWeekWriter.Apply(context, new HabitEvent(habit.Value, manager.Id, context.NowUtc, key));
        }

        private static HabitEventKind? Opened(Entity session)
        {
            var trigger = session.GetAttributeValue<OptionSetValue>(CoachingSession.Trigger)?.Value;
            return trigger == (int)CoachingTriggerKind.Cadence && session.GetAttributeValue<EntityReference>(CoachingSession.PreviousSessionId) == null
                ? HabitEventKind.CoachingOverdue
                : (HabitEventKind?)null;
        }

        private static HabitEventKind? Closed(Entity? before, Entity after)
        {
            var was = before?.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value;
            var now = after.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value;
            if (was == now)
            {
                return null;
            }

            if (now == CoachingSession.SessionStatusOption.Held)
            {
                return HabitEventKind.CoachingHeld;
            }

            return now == CoachingSession.SessionStatusOption.Skipped ? HabitEventKind.CoachingSkipped : (HabitEventKind?)null;
        }
    }
}
