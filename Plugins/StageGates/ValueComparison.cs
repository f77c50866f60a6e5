using System;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>Compares a deal's value with a requirement's value of the same column type.</summary>
    internal static class ValueComparison
    {
        /// <summary>The comparison's result, or null when the deal's value is not of the column's type.</summary>
        public static bool? Compare(object actual, RequirementOperator op, object expected, ColumnType type)
        {
            var left = Normalize(actual, type);
            var right = Normalize(expected, type);
            if (left == null || right == null)
            {
                return null;
            }

            if (type == ColumnType.Text)
            {
                return CompareText((string)left, op, (string)right);
            }

            var order = ((IComparable)left).CompareTo(right);
            switch (op)
            {
                case RequirementOperator.Equal: return order == 0;
                case RequirementOperator.NotEqual: return order != 0;
                case RequirementOperator.GreaterThan: return order > 0;
                case RequirementOperator.GreaterOrEqual: return order >= 0;
                case RequirementOperator.LessThan: return order < 0;
                case RequirementOperator.LessOrEqual: return order <= 0;
                default: return null;
            }
        }

        private static bool? CompareText(string actual, RequirementOperator op, string expected)
        {
            const StringComparison IgnoreCase = StringComparison.OrdinalIgnoreCase;
            switch (op)
            {
                case RequirementOperator.Equal: return string.Equals(actual, expected, IgnoreCase);
                case RequirementOperator.NotEqual: return !string.Equals(actual, expected, IgnoreCase);
                case RequirementOperator.Contains: return actual.IndexOf(expected, IgnoreCase) >= 0;
                default: return null;
            }
        }

        /// <summary>The value in the one CLR type each column type compares as, or null when it does not fit.</summary>
        private static object? Normalize(object value, ColumnType type)
        {
            switch (type)
            {
                case ColumnType.Text:
                    return value as string;
                case ColumnType.Number:
                    return ToDecimal(value);
                case ColumnType.WholeNumber:
                    return value is int i ? i : value is long l ? l : value is short s ? (long?)s : null;
                case ColumnType.Boolean:
                    return value as bool?;
                case ColumnType.DateTime:
                    return value is DateTime date ? (date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date) : (object?)null;
                case ColumnType.Lookup:
                    return value as Guid?;
                case ColumnType.Choice:
                    return value as int?;
                default:
                    return null;
            }
        }

        private static decimal? ToDecimal(object value)
        {
            switch (value)
            {
                case decimal d: return d;
                case int i: return i;
                case long l: return l;
                case short s: return s;
                case double dbl when !double.IsNaN(dbl) && Math.Abs(dbl) < 7.9e28: return (decimal)dbl;
                case float f when !float.IsNaN(f) && Math.Abs(f) < 7.9e28f: return (decimal)f;
                default: return null;
            }
        }
    }
}
