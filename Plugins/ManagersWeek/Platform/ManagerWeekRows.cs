using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.ManagersWeek.Platform
{
    /// <summary>Reads and writes <c>cri_managerweek</c> rows: the log back into a <see cref="ManagerWeek"/>, the figures out of it.</summary>
    internal static class ManagerWeekRows
    {
        /// <summary>The manager's row for the week, read by its alternate key (manager + week start) with its RowVersion; null when there is none yet.</summary>
        public static Entity? Find(IOrganizationService service, Guid managerId, DateTime weekStart)
        {
            var key = new KeyAttributeCollection
            {
                { ManagerWeekTable.ManagerId, new EntityReference(SystemUser.EntityName, managerId) },
                { ManagerWeekTable.WeekStart, weekStart },
            };
            try
            {
                var response = (RetrieveResponse)service.Execute(new RetrieveRequest
                {
                    Target = new EntityReference(ManagerWeekTable.EntityName, key),
                    ColumnSet = new ColumnSet(ManagerWeekTable.CountedEvents),
                });
                return response.Entity;
            }
            catch (FaultException<OrganizationServiceFault> fault) when (ConcurrentWrites.IsNotFound(fault))
            {
                return null;
            }
        }

        /// <summary>
        /// The answers counted on the manager's earlier weeks that the fast-response window ending in
        /// <paramref name="week"/> can reach (one query, at most <c>fastResponseWindowDays / 7 + 1</c> rows).
        /// </summary>
        public static IEnumerable<CountedAnswer> EarlierAnswers(IOrganizationService service, ManagerWeek week, DateTime asOfUtc, SuitePolicy policy)
        {
            var first = FastResponseWindow.FirstWeek(asOfUtc, policy);
            if (first >= week.WeekStartUtc)
            {
                return Enumerable.Empty<CountedAnswer>();
            }

            var query = new QueryExpression(ManagerWeekTable.EntityName) { ColumnSet = new ColumnSet(ManagerWeekTable.WeekStart, ManagerWeekTable.CountedEvents) };
            query.Criteria.AddCondition(ManagerWeekTable.ManagerId, ConditionOperator.Equal, week.ManagerId);
            query.Criteria.AddCondition(ManagerWeekTable.WeekStart, ConditionOperator.GreaterEqual, first);
            query.Criteria.AddCondition(ManagerWeekTable.WeekStart, ConditionOperator.LessThan, week.WeekStartUtc);
            return service.RetrieveMultiple(query).Entities
                .SelectMany(row => ManagerWeek.FromLog(week.ManagerId, row.GetAttributeValue<DateTime>(ManagerWeekTable.WeekStart), row.GetAttributeValue<string>(ManagerWeekTable.CountedEvents)).Answers)
                .ToArray();
        }

        /// <summary>The manager's own manager, read from their user record; null when they have none.</summary>
        public static EntityReference? DirectorOf(IOrganizationService service, Guid managerId)
        {
            var user = service.Retrieve(SystemUser.EntityName, managerId, new ColumnSet(SystemUser.ParentSystemUserId));
            var parent = user.GetAttributeValue<EntityReference>(SystemUser.ParentSystemUserId);
            return parent == null ? null : new EntityReference(SystemUser.EntityName, parent.Id);
        }

        /// <summary>Every figure of <paramref name="week"/> onto <paramref name="row"/>, with the window's share and flag and the policy's ceiling.</summary>
        public static Entity WriteTo(Entity row, ManagerWeek week, FastResponseWindow window, SuitePolicy policy, EntityReference? director)
        {
            row[ManagerWeekTable.DirectorId] = director;
            row[ManagerWeekTable.Answered] = week.Answered;
            row[ManagerWeekTable.AnsweredInsideDelay] = week.AnsweredInsideDelay;
            row[ManagerWeekTable.ShareInsideDelay] = week.ShareInsideDelayPercent;
            row[ManagerWeekTable.MedianResponseMinutes] = week.MedianResponseMinutes;
            row[ManagerWeekTable.WindowShareInsideDelay] = window.SharePercent;
            row[ManagerWeekTable.AnswersTooFast] = window.Flagged;
            row[ManagerWeekTable.TargetShare] = (int)Math.Round(policy.FastResponseShare * 100m, MidpointRounding.AwayFromZero);
            row[ManagerWeekTable.YoursToDecide] = week.CountOf(HabitEventKind.YoursToDecide);
            row[ManagerWeekTable.DealEdits] = week.CountOf(HabitEventKind.DealEdit);
            row[ManagerWeekTable.DealCloses] = week.CountOf(HabitEventKind.DealClose);
            row[ManagerWeekTable.TakeOvers] = week.CountOf(HabitEventKind.DealTakeOver);
            row[ManagerWeekTable.DealActivities] = week.CountOf(HabitEventKind.DealActivity);
            row[ManagerWeekTable.Overrides] = week.CountOf(HabitEventKind.OverrideInsideAuthority);
            row[ManagerWeekTable.Interventions] = week.Interventions;
            row[ManagerWeekTable.TeamGateBlocks] = week.CountOf(HabitEventKind.TeamStageGateBlock);
            row[ManagerWeekTable.SessionsHeld] = week.CountOf(HabitEventKind.CoachingHeld);
            row[ManagerWeekTable.SessionsSkipped] = week.CountOf(HabitEventKind.CoachingSkipped);
            row[ManagerWeekTable.CoachingOverdue] = week.CountOf(HabitEventKind.CoachingOverdue);
            row[ManagerWeekTable.CountedEvents] = week.Log;
            return row;
        }

        public static string WeekText(DateTime weekStart) => weekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
