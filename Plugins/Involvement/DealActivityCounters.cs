using System;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>
    /// The per-deal activity counters kept on the opportunity: emails, phone calls, tasks and appointments
    /// created by the owner and by managers in the owner's chain. Updated one activity at a time (no history
    /// scan); the plugin saves the result with optimistic concurrency so two activities never lose an increment.
    /// </summary>
    public sealed record DealActivityCounters
    {
        public static readonly DealActivityCounters Zero = new DealActivityCounters(0, 0);

        public DealActivityCounters(int ownerActivities, int managerActivities)
        {
            if (ownerActivities < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(ownerActivities), ownerActivities, "An activity count cannot be negative.");
            }

            if (managerActivities < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(managerActivities), managerActivities, "An activity count cannot be negative.");
            }

            OwnerActivities = ownerActivities;
            ManagerActivities = managerActivities;
        }

        /// <summary>Activities by the deal's owner (the rep).</summary>
        public int OwnerActivities { get; }

        /// <summary>Activities by managers in the owner's chain.</summary>
        public int ManagerActivities { get; }

        /// <summary>The counters after one more activity by <paramref name="author"/> (unchanged for <see cref="ActivityAuthor.Other"/>).</summary>
        public DealActivityCounters After(ActivityAuthor author)
        {
            switch (author)
            {
                case ActivityAuthor.Owner:
                    return new DealActivityCounters(OwnerActivities + 1, ManagerActivities);
                case ActivityAuthor.Manager:
                    return new DealActivityCounters(OwnerActivities, ManagerActivities + 1);
                default:
                    return this;
            }
        }

        /// <summary>Reads stored counters, treating an empty (null) column as zero.</summary>
        public static DealActivityCounters FromStored(int? ownerActivities, int? managerActivities) =>
            new DealActivityCounters(ownerActivities ?? 0, managerActivities ?? 0);
    }
}
