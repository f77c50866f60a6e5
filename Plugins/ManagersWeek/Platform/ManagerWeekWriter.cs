using System;
using System.Linq;
using System.ServiceModel;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Plugins.ManagersWeek.Platform
{
    /// <summary>
    /// Applies one <see cref="HabitEvent"/> to its manager's week: one read of the manager's user record (their director),
    /// then one read of the row by its alternate key, the caller's <c>stillCounts</c> check if any, one query of the earlier
    /// weeks the fast-response window reaches (<see cref="ManagerWeekRows.EarlierAnswers"/>) and one write (the Create, or the
    /// Update conditional on the RowVersion: <c>IfRowVersionMatches</c>), those retried from a fresh read when another event
    /// got there first (<see cref="ConcurrentWrites"/>). An event whose key the row already counted writes nothing. <see cref="Apply"/> for
    /// asynchronous steps; <see cref="TakeOff"/> for a synchronous Delete step, inside its transaction.
    /// </summary>
    internal static class ManagerWeekWriter
    {
        /// <summary>
        /// Counts <paramref name="habitEvent"/> on its manager's week, unless the week counted its key already or
        /// <paramref name="stillCounts"/> (read after the row, so a change in between fails the conditional write and is
        /// read again) says its source is gone.
        /// </summary>
        public static void Apply(LocalPluginContext context, HabitEvent habitEvent, Func<IOrganizationService, bool>? stillCounts = null)
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

                if (stillCounts != null && !stillCounts(service))
                {
                    context.Trace($"{habitEvent.Kind} {habitEvent.Key}: its source row was deleted before this job ran; nothing counted on the week of {week}.");
                    return;
                }

                var after = before.Apply(habitEvent);
                var window = Save(service, row, after, habitEvent.OccurredOnUtc, policy, director);
                context.Trace(
                    $"{habitEvent.Kind} counted on the week of {week}{(row == null ? " (new row)" : string.Empty)}: {after.Answered} non-urgent answer(s), " +
                    $"{after.AnsweredInsideDelay} inside the delay; over {window.WindowDays} day(s) {window.SharePercent?.ToString() ?? "no answers"}" +
                    $"{(window.SharePercent.HasValue ? " %" : string.Empty)} inside the delay{(window.Flagged ? $", above the {policy.FastResponseShare:0.##} ceiling: flagged" : string.Empty)}.");
            });
        }

        /// <summary>
        /// Takes the event counted under <paramref name="removed"/>'s key off its manager's week, inside the
        /// transaction of the delete that removed its source (synchronous steps): one read, one conditional write; a
        /// write racing it is refused with <paramref name="refusal"/>, for the user to try again. A week that did not
        /// count the key yet is written unchanged all the same, so a counting job that read it before this delete
        /// fails its conditional write, reads again and finds its source gone.
        /// </summary>
        public static void TakeOff(LocalPluginContext context, HabitEvent removed, string refusal)
        {
            var weekStart = IndependenceScoring.WeekStart(removed.OccurredOnUtc);
            var week = ManagerWeekRows.WeekText(weekStart);
            var service = context.SystemService;
            var row = ManagerWeekRows.Find(service, removed.ManagerId, weekStart);
            if (row == null)
            {
                context.Trace($"Manager {removed.ManagerId} has no row for the week of {week}: nothing to take off.");
                return;
            }

            var before = ManagerWeek.FromLog(removed.ManagerId, weekStart, row.GetAttributeValue<string>(ManagerWeekTable.CountedEvents));
            var after = before.Without(removed.Key);
            var policy = PolicyProvider.Current(context);
            try
            {
                Save(service, row, after, removed.OccurredOnUtc, policy, ManagerWeekRows.DirectorOf(service, removed.ManagerId));
            }
            catch (FaultException<OrganizationServiceFault> fault) when (ConcurrentWrites.IsRace(fault))
            {
                throw new InvalidPluginExecutionException(refusal, fault);
            }

            context.Trace(ReferenceEquals(after, before)
                ? $"{removed.Kind} {removed.Key} was not counted on the week of {week} yet: the week is unchanged, and its job will count nothing."
                : $"{removed.Kind} {removed.Key} taken off the week of {week}: {after.Interventions} intervention(s) left.");
        }

        /// <summary>Writes <paramref name="after"/>: the row's Create, or its Update conditional on the RowVersion read. Returns the fast-response window it wrote.</summary>
        private static FastResponseWindow Save(IOrganizationService service, Entity? row, ManagerWeek after, DateTime eventTimeUtc, SuitePolicy policy, EntityReference? director)
        {
            var asOf = LastAnswer(after) ?? eventTimeUtc;
            var window = FastResponseWindow.Over(ManagerWeekRows.EarlierAnswers(service, after, asOf, policy).Concat(after.Answers), asOf, policy);
            if (row == null)
            {
                var created = ManagerWeekRows.WriteTo(new Entity(ManagerWeekTable.EntityName), after, window, policy, director);
                created[ManagerWeekTable.PrimaryName] = $"Week of {ManagerWeekRows.WeekText(after.WeekStartUtc)}";
                created[ManagerWeekTable.ManagerId] = new EntityReference(SystemUser.EntityName, after.ManagerId);
                // Owned by the manager: they read their own weeks; their director reaches them through the hierarchy.
                created[ManagerWeekTable.OwnerId] = new EntityReference(SystemUser.EntityName, after.ManagerId);
                created[ManagerWeekTable.WeekStart] = after.WeekStartUtc;
                service.Create(created);
            }
            else
            {
                var update = ManagerWeekRows.WriteTo(new Entity(ManagerWeekTable.EntityName, row.Id) { RowVersion = row.RowVersion }, after, window, policy, director);
                service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
            }

            return window;
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
