using System;
using System.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Coaching
{
    /// <summary>Coaching sessions and topics as a manager sees them, for the coaching tests.</summary>
    internal static class CoachingDesk
    {
        /// <summary>Max plans a session with Riley by hand.</summary>
        public static Guid PlanSession(this SalesOrg org, User manager, User rep, DateTime start) =>
            org.As(manager).Create(new Entity(CoachingSession.EntityName)
            {
                [CoachingSession.PrimaryName] = $"1:1 {rep.FullName}",
                [CoachingSession.RepId] = rep.ToEntityReference(),
                [CoachingSession.ManagerId] = manager.ToEntityReference(),
                [CoachingSession.ScheduledStart] = start,
                [CoachingSession.DurationMinutes] = 30,
                [CoachingSession.Trigger] = new OptionSetValue(CoachingSession.TriggerOption.Manual),
                [CoachingSession.SessionStatus] = new OptionSetValue(CoachingSession.SessionStatusOption.Planned),
                [CoachingSession.OwnerId] = rep.ToEntityReference(),
            });

        public static Entity[] SessionsOf(this SalesOrg org, User rep) =>
            org.Org.Rows(CoachingSession.EntityName).Where(row => row.GetAttributeValue<EntityReference>(CoachingSession.RepId)?.Id == rep.Id).ToArray();

        public static Entity[] OpenSessionsOf(this SalesOrg org, User rep) =>
            org.SessionsOf(rep).Where(row => row.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value == CoachingSession.SessionStatusOption.Planned).ToArray();

        public static Entity OnlyOpenSessionOf(this SalesOrg org, User rep)
        {
            var open = org.OpenSessionsOf(rep);
            Assert.AreEqual(1, open.Length, $"{rep.FullName} should have exactly one planned session.");
            return open[0];
        }

        public static Entity[] TopicsOf(this SalesOrg org, Guid sessionId) =>
            org.Org.Rows(CoachingTopic.EntityName).Where(row => row.GetAttributeValue<EntityReference>(CoachingTopic.CoachingSessionId)?.Id == sessionId).ToArray();

        public static string Agenda(this Entity session) => session.GetAttributeValue<string>(CoachingSession.Agenda) ?? string.Empty;

        public static int? Source(this Entity topic) => topic.GetAttributeValue<OptionSetValue>(CoachingTopic.Source)?.Value;

        public static int? Trigger(this Entity session) => session.GetAttributeValue<OptionSetValue>(CoachingSession.Trigger)?.Value;

        /// <summary>A manager-involvement signal about the rep's deal, as the involvement plugins record it.</summary>
        public static Guid InvolvementSignal(this SalesOrg org, User rep, User manager, Guid dealId, string details, int kind = DependencySignal.KindOption.ManagerEditedDeal) =>
            org.Org.AsSystem.Create(new Entity(DependencySignal.EntityName)
            {
                [DependencySignal.PrimaryName] = "manager edited deal",
                [DependencySignal.Kind] = new OptionSetValue(kind),
                [DependencySignal.RepId] = rep.ToEntityReference(),
                [DependencySignal.ManagerId] = manager.ToEntityReference(),
                [DependencySignal.OpportunityId] = new EntityReference(Opportunity.EntityName, dealId),
                [DependencySignal.OccurredOn] = org.Org.Now,
                [DependencySignal.Details] = details,
                [DependencySignal.Weight] = 5m,
                [DependencySignal.IdempotencyKey] = Guid.NewGuid().ToString("N"),
            });

        /// <summary>A stage-gate signal as it was recorded before signals carried the gate's name: the key only.</summary>
        public static Guid UnnamedGateFailure(this SalesOrg org, User rep, Guid dealId, Guid gateKey) =>
            org.Org.AsSystem.Create(new Entity(DependencySignal.EntityName)
            {
                [DependencySignal.PrimaryName] = "stage gate blocked",
                [DependencySignal.Kind] = new OptionSetValue(DependencySignal.KindOption.StageGateBlocked),
                [DependencySignal.RepId] = rep.ToEntityReference(),
                [DependencySignal.OpportunityId] = new EntityReference(Opportunity.EntityName, dealId),
                [DependencySignal.OccurredOn] = org.Org.Now,
                [DependencySignal.Details] = "Allowed to Develop in observe mode with 1 exit criteria of Qualify missing: a requirement",
                [DependencySignal.RelatedActivity] = gateKey.ToString("D"),
                [DependencySignal.Weight] = 4m,
                [DependencySignal.IdempotencyKey] = Guid.NewGuid().ToString("N"),
            });

        public static void SetStatus(this SalesOrg org, User manager, Guid sessionId, int status, string? reason = null, DateTime? newDate = null)
        {
            var change = new Entity(CoachingSession.EntityName, sessionId) { [CoachingSession.SessionStatus] = new OptionSetValue(status) };
            if (reason != null)
            {
                change[CoachingSession.SkipReason] = reason;
            }

            if (newDate.HasValue)
            {
                change[CoachingSession.RescheduledTo] = newDate.Value;
            }

            org.As(manager).Update(change);
        }

        public static void NoAsyncFailures(this SalesOrg org) =>
            Assert.AreEqual(0, org.Org.AsyncFailures.Count, "Asynchronous steps failed: " + string.Join(" | ", org.Org.AsyncFailures.Select(failure => failure.Run.ToString() + ": " + failure.Fault.Detail?.Message)));
    }
}
