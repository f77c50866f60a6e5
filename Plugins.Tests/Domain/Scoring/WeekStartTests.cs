using System;
using CrmIndependence.Plugins.Scoring;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Scoring
{
    [TestClass]
    public sealed class WeekStartTests
    {
        [TestMethod]
        [DataRow("2024-05-13T00:00:00", "2024-05-13T00:00:00", DisplayName = "Monday midnight is its own week start")]
        [DataRow("2024-05-13T10:30:00", "2024-05-13T00:00:00", DisplayName = "Monday morning")]
        [DataRow("2024-05-15T12:00:00", "2024-05-13T00:00:00", DisplayName = "Wednesday")]
        [DataRow("2024-05-19T23:59:59", "2024-05-13T00:00:00", DisplayName = "Sunday night still belongs to the week")]
        [DataRow("2024-05-20T00:00:00", "2024-05-20T00:00:00", DisplayName = "the next Monday starts a new week")]
        [DataRow("2025-01-01T08:00:00", "2024-12-30T00:00:00", DisplayName = "a week can span the new year")]
        [DataRow("2024-03-03T09:00:00", "2024-02-26T00:00:00", DisplayName = "a week can span a leap day")]
        public void A_scoring_week_starts_on_monday_at_midnight_utc(string moment, string weekStart)
        {
            var utc = DateTime.SpecifyKind(DateTime.Parse(moment, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

            var start = IndependenceScoring.WeekStart(utc);

            Assert.AreEqual(DateTime.SpecifyKind(DateTime.Parse(weekStart, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc), start);
            Assert.AreEqual(DateTimeKind.Utc, start.Kind);
            Assert.IsTrue(IndependenceScoring.IsWeekStart(start));
        }

        [TestMethod]
        public void A_time_without_a_kind_is_taken_as_utc()
        {
            var start = IndependenceScoring.WeekStart(new DateTime(2024, 5, 19, 23, 0, 0, DateTimeKind.Unspecified));

            Assert.AreEqual(new DateTime(2024, 5, 13, 0, 0, 0, DateTimeKind.Utc), start);
        }
    }
}
