using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// Writes a <see cref="Signal"/> as a <c>cri_dependencysignal</c> row, once per idempotency key: the row is
    /// upserted by its alternate key, so a retried step updates the row it wrote before instead of adding a
    /// second one, and only a created row counts towards the score (the score step runs on Create). The row is
    /// owned by the rep it is about, so the rep reads it at user depth and the rep's managers reach it through the
    /// manager hierarchy; it is written as SYSTEM, so nobody it measures needs a write privilege on it.
    /// </summary>
    public static class SignalRecorder
    {
        /// <summary>Records the signal; returns false when a signal with the same key was already recorded.</summary>
        public static bool Record(IOrganizationService service, Signal signal)
        {
            var row = new Entity(DependencySignal.EntityName, DependencySignal.IdempotencyKey, signal.IdempotencyKey)
            {
                [DependencySignal.PrimaryName] = Truncate(SignalKinds.Label(signal.Kind), 100),
                [DependencySignal.Kind] = new OptionSetValue((int)signal.Kind),
                [DependencySignal.RepId] = new EntityReference(SystemUser.EntityName, signal.RepId),
                [DependencySignal.OwnerId] = new EntityReference(SystemUser.EntityName, signal.RepId),
                [DependencySignal.OccurredOn] = signal.OccurredOnUtc,
                [DependencySignal.Details] = signal.Details,
                [DependencySignal.Weight] = (decimal)signal.Weight,
            };
            if (signal.ManagerId.HasValue)
            {
                row[DependencySignal.ManagerId] = new EntityReference(SystemUser.EntityName, signal.ManagerId.Value);
            }

            if (signal.OpportunityId.HasValue)
            {
                row[DependencySignal.OpportunityId] = new EntityReference(Opportunity.EntityName, signal.OpportunityId.Value);
            }

            if (signal.RelatedActivityId.HasValue)
            {
                row[DependencySignal.RelatedActivity] = signal.RelatedActivityId.Value.ToString("D");
            }

            if (signal.GateName != null)
            {
                row[DependencySignal.GateName] = signal.GateName;
            }

            if (signal.CoachingSessionId.HasValue)
            {
                row[DependencySignal.CoachingSessionId] = new EntityReference(CoachingSession.EntityName, signal.CoachingSessionId.Value);
            }

            var response = (UpsertResponse)service.Execute(new UpsertRequest { Target = row });
            return response.RecordCreated;
        }

        private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length);
    }
}
