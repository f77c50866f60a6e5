using System;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using System.Linq;
using CrmIndependence.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Plugins.ManagersWeek.Platform
{
    /// <summary>
    /// Applies one <see cref="HabitEvent"/> to its manager's week: one read of the row by its alternate key, one
    /// conditional write (<c>IfRowVersionMatches</c>), retried from a fresh read when another event got there first
    /// (<see cref="ConcurrentWrites"/>). An event whose key the row already counted writes nothing. Asynchronous steps only.
    /// </summary>
    internal static class ManagerWeekWriter
    {
        public static void Apply(LocalPluginContext context, HabitEvent habitEvent)
        {
            var weekStart = IndependenceScoring.WeekStart(habitEvent.OccurredOnUtc);
            var week = ManagerWeekRows.WeekText(weekStart);
            var policy = PolicyProvider.Current(context);
            var service = context.SystemService;
            var director = ManagerWeekRows.DirectorOf(service, habitEvent.ManagerId);
            ConcurrentWrites.Retry(context, $"the week of {week} of manager {habitEvent.ManagerId}", attempt =>
            {
                var row = ManagerWeekRows.Find(service, habitEvent.ManagerId, weekStart);
                var before = row == null
                    ? ManagerWeek.Empty(habitEvent.ManagerId, weekStart)
                    : ManagerWeek.FromLog(habitEvent.ManagerId, weekStart, row.GetAttributeValue<string>(ManagerWeekTable.CountedEvents));
                if (before.Counted(habitEvent.Key))
                {
                    context.Trace($"{habitEvent.Kind} {habitEvent.Key} is already counted on the week of {week}: nothing counted twice.");
                    return;
                }

                var after = before.Apply(habitEvent);
                var asOf = LastAnswer(after) ?? habitEvent.OccurredOnUtc;
                var window = FastResponseWindow.Over(ManagerWeekRows.EarlierAnswers(service, after, asOf, policy).Concat(after.Answers), asOf, policy);
                if (row == null)
                {
                    var created = ManagerWeekRows.WriteTo(new Entity(ManagerWeekTable.EntityName), after, window, policy, director);
                    created[ManagerWeekTable.PrimaryName] = $"Week of {week}";
                    created[ManagerWeekTable.ManagerId] = new EntityReference(SystemUser.EntityName, habitEvent.ManagerId);
                    // Owned by the manager: they read their own weeks; their director reaches them through the hierarchy.
                    created[ManagerWeekTable.OwnerId] = new EntityReference(SystemUser.EntityName, habitEvent.ManagerId);
                    created[ManagerWeekTable.WeekStart] = weekStart;
                    service.Create(created);
                }
                else
                {
                    var update = ManagerWeekRows.WriteTo(new Entity(ManagerWeekTable.EntityName, row.Id) { RowVersion = row.RowVersion }, after, window, policy, director);
                    service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
                }

                context.Trace(
                    $"{habitEvent.Kind} counted on the week of {week}{(row == null ? " (new row)" : string.Empty)}: {after.Answered} non-urgent answer(s), " +
                    $"{after.AnsweredInsideDelay} inside the delay; over {window.WindowDays} day(s) {window.SharePercent?.ToString() ?? "no answers"}" +
                    $"{(window.SharePercent.HasValue ? " %" : string.Empty)} inside the delay{(window.Flagged ? $", above the {policy.FastResponseShare:0.##} ceiling: flagged" : string.Empty)}.");
            });
        }

        private static DateTime? LastAnswer(ManagerWeek week)
        {
            DateTime? last = null;
            foreach (var answer in week.Answers)
            {
                if (last == null || answer.AnsweredOnUtc > last)
                {
                    last = answer.AnsweredOnUtc;
                }
            }

            return last;
        }
    }
}
