using System;
using System.ServiceModel;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Involvement.Steps
{
    /// <summary>
    /// The opportunity as the activity counters need it: owner, name, the two counters, the take-over flag and the
    /// row version it was read at. One Retrieve of those columns; the write is a conditional Update.
    /// </summary>
    internal sealed class DealCounterRow
    {
        private static readonly string[] Columns =
        {
            Opportunity.OwnerId, Opportunity.PrimaryName, Opportunity.RepActivityCount, Opportunity.ManagerActivityCount, Opportunity.TakeoverSignalled,
        };

        private DealCounterRow(Entity row)
        {
            Id = row.Id;
            Owner = row.GetAttributeValue<EntityReference>(Opportunity.OwnerId);
            Name = row.GetAttributeValue<string>(Opportunity.PrimaryName);
            Counters = DealActivityCounters.FromStored(
                row.GetAttributeValue<int?>(Opportunity.RepActivityCount), row.GetAttributeValue<int?>(Opportunity.ManagerActivityCount));
            TakeOverSignalled = row.GetAttributeValue<bool?>(Opportunity.TakeoverSignalled) == true;
            RowVersion = row.RowVersion;
        }

        public Guid Id { get; }

        public EntityReference? Owner { get; }

        public string? Name { get; }

        public DealActivityCounters Counters { get; }

        public bool TakeOverSignalled { get; }

        public string? RowVersion { get; }

        /// <summary>The row, or null when the opportunity does not exist (deleted before the step ran).</summary>
        public static DealCounterRow? Read(IOrganizationService service, Guid opportunityId)
        {
            try
            {
                return new DealCounterRow(service.Retrieve(Opportunity.EntityName, opportunityId, new ColumnSet(Columns)));
            }
            catch (FaultException<OrganizationServiceFault> fault) when (ConcurrentWrites.IsNotFound(fault))
            {
                return null;
            }
        }

        /// <summary>Saves new counter values only if the row is still at the version it was read at (else the platform faults).</summary>
        public void Save(IOrganizationService service, DealActivityCounters counters, bool setTakeOverFlag, DateTime? managerTouch)
        {
            if (string.IsNullOrEmpty(RowVersion))
            {
                throw new InvalidOperationException($"Opportunity {Id} was read without its RowVersion; it cannot be updated with optimistic concurrency.");
            }

            var update = new Entity(Opportunity.EntityName, Id)
            {
                RowVersion = RowVersion,
                [Opportunity.RepActivityCount] = counters.OwnerActivities,
                [Opportunity.ManagerActivityCount] = counters.ManagerActivities,
            };
            if (setTakeOverFlag)
            {
                update[Opportunity.TakeoverSignalled] = true;
            }

            if (managerTouch.HasValue)
            {
                update[Opportunity.LastManagerTouch] = managerTouch.Value;
            }

            service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
        }
    }
}
