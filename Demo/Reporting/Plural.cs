using System;
using System.Globalization;

namespace CrmIndependence.Demo.Reporting
{
    /// <summary>A count with its noun in the right number: "1 edit", "2 edits", "1 activity", "3 activities".</summary>
    public static class Plural
    {
        /// <param name="count">How many.</param>
        /// <param name="singular">The noun (or phrase ending in its noun) for one.</param>
        /// <param name="plural">The plural when it is not the last word's regular plural ("take-overs by share").</param>
        public static string Of(int count, string singular, string? plural = null) =>
            count.ToString("n0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? Pluralise(singular));

        /// <summary>The regular plural of a phrase's last word: activity → activities, approval → approvals, fix → fixes.</summary>
        public static string Pluralise(string singular)
        {
            if (singular.Length > 1 && singular.EndsWith("y", StringComparison.Ordinal) && !"aeiou".Contains(singular[^2], StringComparison.Ordinal))
            {
                return singular[..^1] + "ies";
            }

            return singular.EndsWith("s", StringComparison.Ordinal) || singular.EndsWith("sh", StringComparison.Ordinal)
                || singular.EndsWith("ch", StringComparison.Ordinal) || singular.EndsWith("x", StringComparison.Ordinal)
                ? singular + "es"
                : singular + "s";
        }
    }
}
