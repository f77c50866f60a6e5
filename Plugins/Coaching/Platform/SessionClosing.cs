using System;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>
    /// A session that is no longer planned is closed: Inactive, with the status reason of what happened to it (held,
    /// skipped, rescheduled, cancelled). A coaching session is a standard table, whose states are Active and Inactive
    /// (an activity's Completed and Canceled do not exist on it). One Update of statecode and statuscode.
    /// </summary>
    internal static class SessionClosing
    {
        /// <summary>The status reason a final status closes with; null for Planned, which stays Active.</summary>
        public static int? StatusOf(CoachingSessionStatus status)
        {
            switch (status)
            {
                case CoachingSessionStatus.Held: return CoachingSession.StatusCodeOption.Held;
                case CoachingSessionStatus.Skipped: return CoachingSession.StatusCodeOption.Skipped;
                case CoachingSessionStatus.Rescheduled: return CoachingSession.StatusCodeOption.Rescheduled;
                case CoachingSessionStatus.Cancelled: return CoachingSession.StatusCodeOption.Cancelled;
                default: return null;
            }
        }

        /// <summary>Closes the session; returns false for a status that keeps it open.</summary>
        public static bool Close(IOrganizationService service, Guid sessionId, CoachingSessionStatus status)
        {
            var reason = StatusOf(status);
            if (reason == null)
            {
                return false;
            }

            service.Update(new Entity(CoachingSession.EntityName, sessionId)
            {
                [CoachingSession.StateCode] = new OptionSetValue(CoachingSession.StateCodeOption.Inactive),
                [CoachingSession.StatusCode] = new OptionSetValue(reason.Value),
            });
            return true;
        }
    }
}
