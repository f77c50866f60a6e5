using System;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// Which column of opportunity or quote holds a decision's value, and which decision a column holds.
    /// The plugin uses it to turn changed columns into <see cref="GovernedValue"/>s.
    /// </summary>
    public static class DecisionColumns
    {
        /// <summary>The decision a column of a table holds (quote's <c>totalamount</c> is its deal value).</summary>
        public static Decision ForColumn(string table, string column)
        {
            if (column == null)
            {
                throw new ArgumentNullException(nameof(column));
            }

            return IsQuote(table) && string.Equals(column.Trim(), "totalamount", StringComparison.OrdinalIgnoreCase)
                ? Decision.DealValue
                : Decision.OfColumn(column);
        }

        /// <summary>The column of a table (opportunity or quote) that holds a decision's value.</summary>
        public static string ColumnOf(Decision decision, string table)
        {
            if (decision == null)
            {
                throw new ArgumentNullException(nameof(decision));
            }

            switch (decision.Kind)
            {
                case DecisionKind.DiscountPercent: return "discountpercentage";
                case DecisionKind.DiscountAmount: return "discountamount";
                case DecisionKind.DealValue: return IsQuote(table) ? "totalamount" : "estimatedvalue";
                default: return decision.Column!;
            }
        }

        private static bool IsQuote(string table) =>
            table != null && string.Equals(table.Trim(), "quote", StringComparison.OrdinalIgnoreCase);
    }
}
