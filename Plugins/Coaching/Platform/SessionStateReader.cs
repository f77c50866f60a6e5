using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>Reads a session's lifecycle columns from an image (and the Target) into what <see cref="CoachingLifecycle"/> needs.</summary>
    internal static class SessionStateReader
    {
        /// <summary>The session columns the lifecycle steps register in their images.</summary>
        public const string ImageColumns =
            CoachingSession.RepId + "," + CoachingSession.ManagerId + "," + CoachingSession.SessionStatus + "," + CoachingSession.ScheduledStart + "," +
            CoachingSession.Trigger + "," + CoachingSession.SkipReason + "," + CoachingSession.RescheduledTo + "," + CoachingSession.DurationMinutes;

        public static CoachingSessionState Read(Guid sessionId, Entity image, DateTime nowUtc, IReadOnlyList<AgendaTopic>? topics = null)
        {
            var rep = image.GetAttributeValue<EntityReference>(CoachingSession.RepId)
                ?? throw new InvalidPluginExecutionException("This coaching session has no rep: choose the rep it is for (Rep) and save again.");
            var status = Status(image.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value) ?? CoachingSessionStatus.Planned;
            var trigger = image.GetAttributeValue<OptionSetValue>(CoachingSession.Trigger)?.Value;
            return new CoachingSessionState(sessionId, rep.Id, status, UtcTime.Normalize(image.GetAttributeValue<DateTime?>(CoachingSession.ScheduledStart) ?? nowUtc))
            {
                ManagerId = image.GetAttributeValue<EntityReference>(CoachingSession.ManagerId)?.Id,
                Trigger = trigger.HasValue && Enum.IsDefined(typeof(CoachingTriggerKind), trigger.Value) ? (CoachingTriggerKind)trigger.Value : CoachingTriggerKind.Manual,
                Topics = topics ?? new AgendaTopic[0],
            };
        }

        /// <summary>The status for an option value, or null when the value is not one of the known statuses.</summary>
        public static CoachingSessionStatus? Status(int? value) =>
            value.HasValue && Enum.IsDefined(typeof(CoachingSessionStatus), value.Value) ? (CoachingSessionStatus)value.Value : (CoachingSessionStatus?)null;

        /// <summary>The column's value after the update: the Target's when it holds the column, else the image's.</summary>
        public static T? After<T>(Entity target, Entity? image, string column) =>
            target.Contains(column) ? target.GetAttributeValue<T>(column) : image == null ? default : image.GetAttributeValue<T>(column);
    }
}
