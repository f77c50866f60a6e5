using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.DecisionAuthority.Platform
{
    /// <summary>
    /// The governed decisions' values on an opportunity. The three standard ones are in the authority step's
    /// filtering attributes and pre-image; a Column decision over any other opportunity column is read with
    /// one Retrieve when the step runs, but only a save that also touches a filtered column runs the step
    /// (add the column's name to the step's filtering attributes and pre-image to govern it on every save).
    /// </summary>
    internal static class GovernedColumns
    {
        /// <summary>The columns of the step's filtering attributes and pre-image.</summary>
        public static readonly string[] Standard = { Opportunity.DiscountPercentage, Opportunity.DiscountAmount, Opportunity.EstimatedValue };

        public static string ColumnOf(Decision decision) => DecisionColumns.ColumnOf(decision, Opportunity.EntityName);

        /// <summary>Governed columns the pre-image does not carry (Column decisions over other columns).</summary>
        public static IEnumerable<string> Extra(AuthorityMatrix matrix) =>
            matrix.GovernedDecisions.Select(ColumnOf).Where(column => !Standard.Contains(column, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase);

        /// <summary>A governed value as a number: Money, decimal, whole numbers and floating point; null otherwise.</summary>
        public static decimal? Number(Entity? entity, string column)
        {
            if (entity == null || !entity.Contains(column))
            {
                return null;
            }

            switch (entity[column])
            {
                case Money money: return money.Value;
                case decimal number: return number;
                case int whole: return whole;
                case long big: return big;
                case double real when !double.IsNaN(real) && Math.Abs(real) < 7.9e28: return (decimal)real;
                default: return null;
            }
        }

        public static string Describe(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "empty";
    }
}
