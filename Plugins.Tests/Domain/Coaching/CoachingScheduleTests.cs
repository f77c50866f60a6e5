using System;
using CrmIndependence.Plugins.Coaching;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Coaching
{
    [TestClass]
    public sealed class CoachingScheduleTests
    {
        [TestMethod]
        [DataRow("2024-05-15T10:00:00", "2024-05-16T09:00:00", DisplayName = "Wednesday: Thursday at nine")]
        [DataRow("2024-05-17T16:00:00", "2024-05-20T09:00:00", DisplayName = "Friday: Monday at nine")]
        [DataRow("2024-05-18T08:00:00", "2024-05-20T09:00:00", DisplayName = "Saturday: Monday at nine")]
        [DataRow("2024-05-19T23:00:00", "2024-05-20T09:00:00", DisplayName = "Sunday night: Monday at nine")]
        public void A_session_opened_automatically_starts_the_next_weekday_at_nine_utc(string now, string start)
        {
            Assert.AreEqual(Utc(start), CoachingSchedule.ProposeStart(Utc(now)));
        }

        [TestMethod]
        public void After_a_held_session_the_next_is_one_cadence_later()
        {
            Assert.AreEqual(Utc("2024-05-22T15:30:00"), CoachingSchedule.NextAfterHeld(Utc("2024-05-15T15:30:00"), 7));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => CoachingSchedule.NextAfterHeld(Utc("2024-05-15T15:30:00"), 0));
        }

        private static DateTime Utc(string text) =>
            DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
    }
}
