using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Scoring.Platform
{
    /// <summary>
    /// A rep's <see cref="PeriodScore"/> over the last <c>days</c> days, read from the org. Shared by the
    /// <c>cri_GetIndependenceScore</c> custom API and the "Calculate independence score" workflow activity.
    /// Three service calls, none growing with the org's history: the rep (so an unknown rep is a clear error), the
    /// rep's weekly score rows in the period (one query), and the activity counters of the rep's deals that are open or
    /// were modified in the period (for the involvement ratio). Bad input is an <see cref="InvalidPluginExecutionException"/>.
    /// </summary>
    public static class IndependenceScoreReader
    {
        public static PeriodScore Read(IOrganizationService service, EntityReference? rep, int? days, DateTime nowUtc, Action<string>? trace = null)
        {
            if (service == null)
            {
                throw new ArgumentNullException(nameof(service));
            }

            var log = trace ?? (_ => { });
            var repId = UserReference.Require(service, rep, "RepId").Id;
            var period = days ?? PeriodScore.DefaultDays;
            if (period < 1 || period > PeriodScore.MaximumDays)
            {
                throw new InvalidPluginExecutionException($"The period must be between 1 and {PeriodScore.MaximumDays} days; {period} is not. Leave it empty for {PeriodScore.DefaultDays}.");
            }

            var now = CrmIndependence.Plugins.Signals.UtcTime.Normalize(nowUtc);
            var weeks = ReadWeeks(service, repId, PeriodScore.FirstWeek(now, period));
            var ratio = ReadInvolvementRatio(service, repId, now.AddDays(-period));
            var score = PeriodScore.Compute(weeks, now, period, ratio);
            log($"Independence score of {repId} over {period} days ({score.Weeks} weeks from {score.FromWeekUtc:yyyy-MM-dd}): " +
                $"{score.Score}, {score.SignalCount} signals in {weeks.Count} weekly rows, involvement ratio {score.InvolvementRatio}.");
            return score;
        }

        private static List<WeeklyScore> ReadWeeks(IOrganizationService service, Guid repId, DateTime firstWeekUtc)
        {
            var columns = new[] { IndependenceScore.WeekStart }.Concat(ScoreRowColumns.ReadColumns()).ToArray();
            var query = new QueryExpression(IndependenceScore.EntityName) { ColumnSet = new ColumnSet(columns) };
            query.Criteria.AddCondition(IndependenceScore.RepId, ConditionOperator.Equal, repId);
            query.Criteria.AddCondition(IndependenceScore.WeekStart, ConditionOperator.GreaterEqual, firstWeekUtc);
            return service.RetrieveMultiple(query).Entities
                .Where(row => row.Contains(IndependenceScore.WeekStart))
                .Select(row => ScoreRowColumns.FromRow(row, repId, IndependenceScoring.WeekStart(row.GetAttributeValue<DateTime>(IndependenceScore.WeekStart))))
                .ToList();
        }

        private static decimal ReadInvolvementRatio(IOrganizationService service, Guid repId, DateTime periodStartUtc)
        {
            var query = new QueryExpression(Opportunity.EntityName)
            {
                ColumnSet = new ColumnSet(Opportunity.ManagerActivityCount, Opportunity.RepActivityCount),
            };
            query.Criteria.AddCondition(Opportunity.OwnerId, ConditionOperator.Equal, repId);
            var recent = new FilterExpression(LogicalOperator.Or);
            recent.AddCondition(Opportunity.StateCode, ConditionOperator.Equal, Opportunity.StateCodeOption.Open);
            recent.AddCondition(Opportunity.ModifiedOn, ConditionOperator.GreaterEqual, periodStartUtc);
            query.Criteria.AddFilter(recent);
            long manager = 0, rep = 0;
            foreach (var deal in service.RetrieveMultiple(query).Entities)
            {
                manager += Math.Max(0, deal.GetAttributeValue<int?>(Opportunity.ManagerActivityCount) ?? 0);
                rep += Math.Max(0, deal.GetAttributeValue<int?>(Opportunity.RepActivityCount) ?? 0);
            }

            return InvolvementShare.Of(manager, rep);
        }
    }
}
