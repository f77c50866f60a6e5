using System;

namespace CrmIndependence.Plugins.Scoring
{
    /// <summary>
    /// The involvement ratio: how much of the activity on a rep's deals came from their managers,
    /// <c>manager activities ÷ (manager activities + rep activities)</c>, from the per-deal counters the suite keeps
    /// on each opportunity (cri_manageractivitycount, cri_repactivitycount). 0 means the rep did all the work,
    /// 1 means the managers did; 0 when nobody logged anything. Rounded to 4 decimals.
    /// </summary>
    public static class InvolvementShare
    {
        public static decimal Of(long managerActivities, long repActivities)
        {
            if (managerActivities < 0 || repActivities < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(managerActivities), "Activity counts cannot be negative.");
            }

            var all = managerActivities + repActivities;
            return all == 0 ? 0m : Math.Round((decimal)managerActivities / all, 4, MidpointRounding.AwayFromZero);
        }
    }
}
