using System;
using System.Globalization;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// Reads a requirement row's text value as its column's type, in the invariant culture:
    /// numbers with a dot for decimals ("1500.50"); whole numbers and choice option values as integers
    /// ("100000001"); yes/no as true/false, yes/no or 1/0; dates as ISO 8601 ("2025-03-31" or
    /// "2025-03-31T12:00:00Z"), read as UTC; lookups as a GUID. Relative dates ("today") are not supported.
    /// </summary>
    internal static class RequirementValueParser
    {
        /// <summary>The typed value, or null when the text does not parse as the type.</summary>
        public static object? Parse(string text, ColumnType type)
        {
            var trimmed = text.Trim();
            switch (type)
            {
                case ColumnType.Text:
                    return text;
                case ColumnType.Number:
                    return decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : (object?)null;
                case ColumnType.WholeNumber:
                case ColumnType.Choice:
                    return int.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? whole : (object?)null;
                case ColumnType.Boolean:
                    return ParseYesNo(trimmed);
                case ColumnType.DateTime:
                    return DateTime.TryParse(
                        trimmed, CultureInfo.InvariantCulture,
                        DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                        ? date
                        : (object?)null;
                case ColumnType.Lookup:
                    return Guid.TryParse(trimmed, out var id) ? id : (object?)null;
                default:
                    return null;
            }
        }

        /// <summary>How the value must be written for a type, for configuration messages.</summary>
        public static string ExpectedFormat(ColumnType type)
        {
            switch (type)
            {
                case ColumnType.Number: return "a number such as 1500.50";
                case ColumnType.WholeNumber: return "a whole number such as 50";
                case ColumnType.Choice: return "the choice's option value, a whole number such as 100000001";
                case ColumnType.Boolean: return "true or false";
                case ColumnType.DateTime: return "a date such as 2025-03-31";
                case ColumnType.Lookup: return "a record id (GUID)";
                default: return "text";
            }
        }

        private static object? ParseYesNo(string text)
        {
            switch (text.ToLowerInvariant())
            {
                case "true":
                case "yes":
                case "1":
                    return true;
                case "false":
                case "no":
                case "0":
                    return false;
                default:
                    return null;
            }
        }
    }
}
