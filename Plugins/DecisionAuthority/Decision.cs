using System;
using System.Globalization;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// A kind of decision a rep may or may not take alone: one of the standard ones, or a named column.
    /// A column that IS a standard decision (<c>discountpercentage</c>, <c>discountamount</c>,
    /// <c>estimatedvalue</c>) is that standard decision, so a row for the column and a row for the kind
    /// govern the same thing. Equal decisions compare equal (column names ignore case).
    /// </summary>
    public sealed record Decision
    {
        private Decision(DecisionKind kind, string? column)
        {
            Kind = kind;
            Column = column;
        }

        public static Decision DiscountPercent { get; } = new Decision(DecisionKind.DiscountPercent, null);

        public static Decision DiscountAmount { get; } = new Decision(DecisionKind.DiscountAmount, null);

        public static Decision DealValue { get; } = new Decision(DecisionKind.DealValue, null);

        public DecisionKind Kind { get; }

        /// <summary>The column's logical name (lower case) for <see cref="DecisionKind.Column"/>; null otherwise.</summary>
        public string? Column { get; }

        /// <summary>The decision for a standard kind; a <see cref="DecisionKind.Column"/> needs <see cref="OfColumn"/>.</summary>
        public static Decision Of(DecisionKind kind)
        {
            switch (kind)
            {
                case DecisionKind.DiscountPercent: return DiscountPercent;
                case DecisionKind.DiscountAmount: return DiscountAmount;
                case DecisionKind.DealValue: return DealValue;
                default: throw new ArgumentException("A column decision needs its column: use Decision.OfColumn.", nameof(kind));
            }
        }

        /// <summary>The decision over a column (a standard decision when the column is one).</summary>
        public static Decision OfColumn(string column)
        {
            if (string.IsNullOrWhiteSpace(column))
            {
                throw new ArgumentException("A column decision needs the column's logical name.", nameof(column));
            }

            var name = column.Trim().ToLowerInvariant();
            switch (name)
            {
                case "discountpercentage": return DiscountPercent;
                case "discountamount": return DiscountAmount;
                case "estimatedvalue": return DealValue;
                default: return new Decision(DecisionKind.Column, name);
            }
        }

        /// <summary>The decision in words: "discount percentage", "deal value", or the column's name.</summary>
        public string Label
        {
            get
            {
                switch (Kind)
                {
                    case DecisionKind.DiscountPercent: return "discount percentage";
                    case DecisionKind.DiscountAmount: return "discount amount";
                    case DecisionKind.DealValue: return "deal value";
                    default: return Column!;
                }
            }
        }

        /// <summary>A value of this decision for people: "15%" for a percentage, "12,500.5" otherwise.</summary>
        public string Format(decimal value) =>
            Kind == DecisionKind.DiscountPercent
                ? value.ToString("0.##", CultureInfo.InvariantCulture) + "%"
                : value.ToString("#,0.##", CultureInfo.InvariantCulture);

        /// <inheritdoc />
        public override string ToString() => Label;
    }
}
