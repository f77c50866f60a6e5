using System;
using System.Globalization;

namespace CrmIndependence.Demo.Reporting
{
    /// <summary>The report's one date format, in the terminal, the HTML and the charts alike: "7 Jan 2025", "7 Jan 2025 09:00" (UTC).</summary>
    public static class ReportDates
    {
        public const string DayFormat = "d MMM yyyy";

        public static string Day(DateTime date) => date.ToString(DayFormat, CultureInfo.InvariantCulture);

        public static string Moment(DateTime moment) => moment.ToString(DayFormat + " HH:mm", CultureInfo.InvariantCulture);
    }
}
