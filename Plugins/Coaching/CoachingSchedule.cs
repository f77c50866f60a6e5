using System;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>When sessions are scheduled.</summary>
    public static class CoachingSchedule
    {
        public const int DefaultDurationMinutes = 30;

        /// <summary>The hour (UTC) an automatically opened session starts; the manager moves it by rescheduling.</summary>
        public const int DefaultStartHourUtc = 9;

        /// <summary>
        /// The start of a session opened automatically at <paramref name="nowUtc"/>: the next weekday (Monday to
        /// Friday) after today, at 09:00 UTC. Leaves the manager at least the rest of the day to prepare.
        /// </summary>
        public static DateTime ProposeStart(DateTime nowUtc)
        {
            var day = UtcTime.Normalize(nowUtc).Date.AddDays(1);
            while (day.DayOfWeek == DayOfWeek.Saturday || day.DayOfWeek == DayOfWeek.Sunday)
            {
                day = day.AddDays(1);
            }

            return DateTime.SpecifyKind(day.AddHours(DefaultStartHourUtc), DateTimeKind.Utc);
        }

        /// <summary>The next session after one held at <paramref name="heldOnUtc"/>: the held date plus the cadence.</summary>
        public static DateTime NextAfterHeld(DateTime heldOnUtc, int cadenceDays)
        {
            if (cadenceDays < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(cadenceDays), cadenceDays, "The cadence is at least one day.");
            }

            return UtcTime.Normalize(heldOnUtc).AddDays(cadenceDays);
        }
    }
}
