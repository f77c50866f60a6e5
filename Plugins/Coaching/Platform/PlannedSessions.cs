using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>
    /// Finds a rep's planned (open) coaching session: at most one exists by the suite's rule, so the query is
    /// top 1; should a race ever have left two, the earliest created one is the rep's session.
    /// </summary>
    public static class PlannedSessions
    {
        public static readonly ColumnSet Columns = new ColumnSet(
            CoachingSession.PrimaryName, CoachingSession.RepId, CoachingSession.ManagerId, CoachingSession.ScheduledStart,
            CoachingSession.DurationMinutes, CoachingSession.Trigger, CoachingSession.SessionStatus, CoachingSession.Agenda);

        /// <summary>The rep's planned session, other than <paramref name="except"/>, or null.</summary>
        public static Entity? Find(IOrganizationService service, Guid repId, Guid? except = null)
        {
            var query = new QueryExpression(CoachingSession.EntityName) { ColumnSet = Columns, TopCount = 1 };
            query.Criteria.AddCondition(CoachingSession.RepId, ConditionOperator.Equal, repId);
            query.Criteria.AddCondition(CoachingSession.SessionStatus, ConditionOperator.Equal, (int)CoachingSessionStatus.Planned);
            if (except.HasValue)
            {
                query.Criteria.AddCondition(CoachingSession.PrimaryId, ConditionOperator.NotEqual, except.Value);
            }

            query.AddOrder(CoachingSession.CreatedOn, OrderType.Ascending);
            return service.RetrieveMultiple(query).Entities.FirstOrDefault();
        }
    }
}
