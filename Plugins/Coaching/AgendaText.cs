using System;
using System.Globalization;
using System.Text;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>Small text helpers for the agenda: user text on one line and cut to size, dates, counts.</summary>
    internal static class AgendaText
    {
        public static string OneLine(string? text, int maximumLength)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return string.Empty;
            }

            var line = new StringBuilder(text!.Length);
            var pendingSpace = false;
            foreach (var character in text!)
            {
                if (char.IsWhiteSpace(character) || char.IsControl(character))
                {
                    pendingSpace = line.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    line.Append(' ');
                    pendingSpace = false;
                }

                line.Append(character);
            }

            return line.Length <= maximumLength ? line.ToString() : line.ToString(0, maximumLength - 1) + "…";
        }

        public static bool HasText(string? text) => !string.IsNullOrWhiteSpace(text);

        /// <summary>"Tue 14 May 2024, 09:00 UTC".</summary>
        public static string Moment(DateTime utc) =>
            utc.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " UTC";

        /// <summary>"14 May".</summary>
        public static string Day(DateTime utc) => utc.ToString("d MMM", CultureInfo.InvariantCulture);

        public static string Count(int count, string singular, string plural) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

        public static string Possessive(string name) => name.EndsWith("s", StringComparison.Ordinal) ? name + "'" : name + "'s";
    }
}
