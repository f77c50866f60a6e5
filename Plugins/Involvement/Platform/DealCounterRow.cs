using System;
using System.ServiceModel;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Involvement.Platform
{
    /// <summary>
    /// The opportunity as the activity counters need it: owner, name, the two counters, the activities they already
    /// count (<see cref="RecentlyCounted"/>), the take-over flag and the row version it was read at. One Retrieve of
    /// those columns; the write is one conditional Update of the counters and the window together.
    /// </summary>
    internal sealed class DealCounterRow
    {
        private static readonly string[] Columns =
        {
            Opportunity.OwnerId, Opportunity.PrimaryName, Opportunity.RepActivityCount, Opportunity.ManagerActivityCount, Opportunity.TakeoverSignalled,
            Opportunity.CountedActivities,
        };

        private DealCounterRow(Entity row)
        {
            Id = row.Id;
            Owner = row.GetAttributeValue<EntityReference>(Opportunity.OwnerId);
            Name = row.GetAttributeValue<string>(Opportunity.PrimaryName);
            Counters = DealActivityCounters.FromStored(
                row.GetAttributeValue<int?>(Opportunity.RepActivityCount), row.GetAttributeValue<int?>(Opportunity.ManagerActivityCount));
            TakeOverSignalled = row.GetAttributeValue<bool?>(Opportunity.TakeoverSignalled) == true;
            Counted = RecentlyCounted.Parse(row.GetAttributeValue<string>(Opportunity.CountedActivities));
            RowVersion = row.RowVersion;
        }

        public Guid Id { get; }

        public EntityReference? Owner { get; }

        public string? Name { get; }

        public DealActivityCounters Counters { get; }

        public bool TakeOverSignalled { get; }

        /// <summary>The activities most recently counted (empty, with a <see cref="RecentlyCounted.Problem"/>, when the stored value was unreadable).</summary>
        public RecentlyCounted Counted { get; }

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

        /// <summary>
        /// Saves new counter values and the window of counted activities in one Update, only if the row is still at the
        /// version it was read at (else the platform faults): both are saved or neither.
        /// </summary>
        public void Save(IOrganizationService service, DealActivityCounters counters, RecentlyCounted counted, bool setTakeOverFlag, DateTime? managerTouch)
        {
            if (counted == null)
            {
                throw new ArgumentNullException(nameof(counted));
            }

            if (string.IsNullOrEmpty(RowVersion))
            {
                throw new InvalidOperationException($"Opportunity {Id} was read without its RowVersion; it cannot be updated with optimistic concurrency.");
            }

            var update = new Entity(Opportunity.EntityName, Id)
            {
                RowVersion = RowVersion,
                [Opportunity.RepActivityCount] = counters.OwnerActivities,
                [Opportunity.ManagerActivityCount] = counters.ManagerActivities,
                [Opportunity.CountedActivities] = counted.Format(),
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
