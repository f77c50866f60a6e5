using System;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Steps
{
    /// <summary>
    /// Habit 5, "make coaching a priority": a planned session is skipped or cancelled only with a reason AND a new
    /// date (rescheduled with a new date), and a session that is no longer planned does not change status again.
    /// Refused with a message naming what is missing, in observe and enforce mode alike: it is a rule of the
    /// suite's own session record (a skip without a new date would leave the rep with no session at all), not of
    /// the sales process observe mode watches. No service call beyond the cached policy: everything comes from the
    /// Target and the pre-image. What follows (next session, topics, signal) is <see cref="FollowSessionChange"/>.
    /// </summary>
    [Step("Update", CoachingSession.EntityName, PipelineStage.PreOperation,
        FilteringAttributes = CoachingSession.SessionStatus + "," + CoachingSession.SkipReason + "," + CoachingSession.RescheduledTo,
        PreImage = SessionStateReader.ImageColumns,
        Description = "Refuses skipping or cancelling a coaching session without a reason and a new date.")]
    public sealed class ChangeSessionStatus : PluginBase
    {
        public ChangeSessionStatus(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var target = context.Target;
            var before = context.PreImage();
            var requested = target.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value;
            var current = before?.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value;
            if (before == null || !target.Contains(CoachingSession.SessionStatus) || requested == current)
            {
                context.Trace("The session's status did not change: nothing to check.");
                return;
            }

            var status = SessionStateReader.Status(requested)
                ?? throw new InvalidPluginExecutionException(
                    $"Session status {(requested.HasValue ? requested.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "(empty)")} is not known: " +
                    "choose Planned, Held, Skipped, Rescheduled or Cancelled.");
            var now = context.NowUtc;
            var session = SessionStateReader.Read(context.ExecutionContext.PrimaryEntityId, before, now);
            var change = CoachingLifecycle.Change(
                session, status,
                SessionStateReader.After<string>(target, before, CoachingSession.SkipReason),
                SessionStateReader.After<DateTime?>(target, before, CoachingSession.RescheduledTo),
                now, PolicyProvider.Current(context), context.InitiatingUserId);
            if (!change.IsAccepted)
            {
                context.Trace($"Refused ({string.Join(", ", change.Missing)}): {change.Error}");
                throw new InvalidPluginExecutionException(change.Error);
            }

            context.Trace($"Session {session.SessionId}: {session.Status} → {change.NewStatus}; the follow-up runs asynchronously.");
        }
    }
}
