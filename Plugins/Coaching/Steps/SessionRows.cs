using System;
using System.Linq;
using System.ServiceModel;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Coaching.Steps
{
    /// <summary>
    /// Reads and creates <c>cri_coachingsession</c> rows (the rep's open one: <see cref="PlannedSessions"/>). Every query is bounded: the rep's open session (at most
    /// one, by the suite's rule) or their latest held one (top 1).
    /// <para>Sessions the suite creates get an id derived from what caused them (the rep and the day it is
    /// proposed for; or the session it follows). Two asynchronous steps that race to open a session for the same
    /// rep therefore try to create the SAME row: the platform's primary key lets one win, the other gets a
    /// duplicate-record fault and uses the winner's row. Asynchronous steps run outside a transaction, so
    /// catching that fault is safe there.</para>
    /// </summary>
    internal static class SessionRows
    {
        /// <summary>Dataverse's DuplicateRecord error code (0x80040237).</summary>
        private const int DuplicateRecord = unchecked((int)0x80040237);

        /// <summary>When the rep's latest held session was scheduled, or null when none was ever held.</summary>
        public static DateTime? LastHeldStart(IOrganizationService service, Guid repId)
        {
            var query = new QueryExpression(CoachingSession.EntityName) { ColumnSet = new ColumnSet(CoachingSession.ScheduledStart), TopCount = 1 };
            query.Criteria.AddCondition(CoachingSession.RepId, ConditionOperator.Equal, repId);
            query.Criteria.AddCondition(CoachingSession.SessionStatus, ConditionOperator.Equal, (int)CoachingSessionStatus.Held);
            query.AddOrder(CoachingSession.ScheduledStart, OrderType.Descending);
            return service.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<DateTime?>(CoachingSession.ScheduledStart);
        }

        /// <summary>True when the platform refused a Create because the id is taken.</summary>
        public static bool IsDuplicate(FaultException<OrganizationServiceFault> fault) => fault.Detail != null && fault.Detail.ErrorCode == DuplicateRecord;

        /// <summary>A planned session row, ready to create.</summary>
        public static Entity NewPlanned(
            Guid id, Guid repId, string repName, Guid? managerId, string? managerName, DateTime startUtc, CoachingTriggerKind trigger, Guid? previousSessionId)
        {
            var row = new Entity(CoachingSession.EntityName, id)
            {
                [CoachingSession.PrimaryName] = TopicRows.Title($"Coaching: {repName}, {AgendaText.Day(startUtc)}"),
                [CoachingSession.RepId] = new EntityReference(SystemUser.EntityName, repId) { Name = repName },
                [CoachingSession.ScheduledStart] = startUtc,
                [CoachingSession.DurationMinutes] = CoachingSchedule.DefaultDurationMinutes,
                [CoachingSession.Trigger] = new OptionSetValue((int)trigger),
                [CoachingSession.SessionStatus] = new OptionSetValue((int)CoachingSessionStatus.Planned),
                [CoachingSession.OwnerId] = new EntityReference(SystemUser.EntityName, repId),
            };
            if (managerId.HasValue)
            {
                row[CoachingSession.ManagerId] = new EntityReference(SystemUser.EntityName, managerId.Value) { Name = managerName };
            }

            if (previousSessionId.HasValue)
            {
                row[CoachingSession.PreviousSessionId] = new EntityReference(CoachingSession.EntityName, previousSessionId.Value);
            }

            return row;
        }

        /// <summary>
        /// Creates the row; when its id is already taken (a racing step or a retry created it), returns that row
        /// instead if it is still planned, else null (the caller decides).
        /// </summary>
        public static Entity? CreateOrFind(IOrganizationService service, Entity row, LocalPluginContext context)
        {
            try
            {
                service.Create(row);
            }
            catch (FaultException<OrganizationServiceFault> fault) when (IsDuplicate(fault))
            {
                var existing = service.Retrieve(CoachingSession.EntityName, row.Id, PlannedSessions.Columns);
                var planned = existing.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value == (int)CoachingSessionStatus.Planned;
                context.Trace(planned
                    ? $"Session {row.Id} already exists (another step or a retry opened it): using it."
                    : $"Session {row.Id} already exists but is no longer planned.");
                return planned ? existing : null;
            }

            return row;
        }
    }
}
