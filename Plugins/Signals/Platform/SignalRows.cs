using System;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Signals.Platform
{
    /// <summary>
    /// The one mapping between a <see cref="Signal"/> and its <c>cri_dependencysignal</c> row: the recorder writes
    /// the row it returns, and a deferred signal travels between steps as the same row. A column added to the
    /// signal is added here, once. The weight is the row's decimal column; the signal keeps whole points.
    /// </summary>
    public static class SignalRows
    {
        /// <summary>The row to upsert: addressed by the signal's idempotency key (the table's alternate key).</summary>
        public static Entity ForUpsert(Signal signal)
        {
            var row = new Entity(DependencySignal.EntityName, DependencySignal.IdempotencyKey, signal.IdempotencyKey);
            Fill(row, signal);
            return row;
        }

        /// <summary>The row with every column of the signal, its idempotency key among them (to carry it in SharedVariables).</summary>
        public static Entity ToRow(Signal signal)
        {
            var row = new Entity(DependencySignal.EntityName)
            {
                [DependencySignal.IdempotencyKey] = signal.IdempotencyKey,
            };
            Fill(row, signal);
            return row;
        }

        /// <summary>The signal a row written by <see cref="ToRow"/> holds.</summary>
        public static Signal FromRow(Entity row)
        {
            if (row == null)
            {
                throw new ArgumentNullException(nameof(row));
            }

            return new Signal(
                (SignalKind)row.GetAttributeValue<OptionSetValue>(DependencySignal.Kind).Value,
                row.GetAttributeValue<EntityReference>(DependencySignal.RepId).Id,
                row.GetAttributeValue<DateTime>(DependencySignal.OccurredOn),
                row.GetAttributeValue<string>(DependencySignal.Details),
                row.GetAttributeValue<string>(DependencySignal.IdempotencyKey))
            {
                ManagerId = row.GetAttributeValue<EntityReference>(DependencySignal.ManagerId)?.Id,
                OpportunityId = row.GetAttributeValue<EntityReference>(DependencySignal.OpportunityId)?.Id,
                RelatedActivityId = Guid.TryParse(row.GetAttributeValue<string>(DependencySignal.RelatedActivity), out var related) ? related : (Guid?)null,
                GateName = row.GetAttributeValue<string>(DependencySignal.GateName),
                CoachingSessionId = row.GetAttributeValue<EntityReference>(DependencySignal.CoachingSessionId)?.Id,
                Weight = (int)row.GetAttributeValue<decimal>(DependencySignal.Weight),
            };
        }

        private static void Fill(Entity row, Signal signal)
        {
            if (signal == null)
            {
                throw new ArgumentNullException(nameof(signal));
            }

            row[DependencySignal.PrimaryName] = Truncate(SignalKinds.Label(signal.Kind), 100);
            row[DependencySignal.Kind] = new OptionSetValue((int)signal.Kind);
            row[DependencySignal.RepId] = new EntityReference(SystemUser.EntityName, signal.RepId);
            row[DependencySignal.OwnerId] = new EntityReference(SystemUser.EntityName, signal.RepId);
            row[DependencySignal.OccurredOn] = signal.OccurredOnUtc;
            row[DependencySignal.Details] = signal.Details;
            row[DependencySignal.Weight] = (decimal)signal.Weight;
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
        }

        private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length);
    }
}
