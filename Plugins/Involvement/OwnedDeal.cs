using System;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>Who owns a deal: a user (a rep, or a manager owning their own deal) or a team.</summary>
    public enum DealOwnerType
    {
        User = 0,
        Team = 1,
    }

    /// <summary>
    /// The opportunity as the involvement rules need it: its id, its owner and, for readable signal details,
    /// its name and the owner's name (both optional).
    /// </summary>
    public sealed record OwnedDeal
    {
        public OwnedDeal(Guid opportunityId, Guid ownerId, DealOwnerType ownerType)
        {
            if (opportunityId == Guid.Empty)
            {
                throw new ArgumentException("A deal needs its opportunity id.", nameof(opportunityId));
            }

            if (ownerId == Guid.Empty)
            {
                throw new ArgumentException("A deal needs its owner id.", nameof(ownerId));
            }

            OpportunityId = opportunityId;
            OwnerId = ownerId;
            OwnerType = ownerType;
        }

        public Guid OpportunityId { get; }

        public Guid OwnerId { get; }

        public DealOwnerType OwnerType { get; }

        /// <summary>The opportunity's name (topic), if known.</summary>
        public string? Name { get; init; }

        /// <summary>The owner's full name, if known.</summary>
        public string? OwnerName { get; init; }
    }
}
