using System;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// The comparison a <see cref="RequirementKind.ColumnCondition"/> row makes between the deal's value and
    /// the row's value: the <c>cri_stagerequirement</c> operator choice (stable option values). Equal and
    /// NotEqual apply to every column type; the ordering operators to number, whole number and date columns;
    /// Contains to text. Text comparisons ignore case, as Dataverse does.
    /// </summary>
    public enum RequirementOperator
    {
        Equal = 100000000,
        NotEqual = 100000001,
        GreaterThan = 100000002,
        GreaterOrEqual = 100000003,
        LessThan = 100000004,
        LessOrEqual = 100000005,
        Contains = 100000006,
    }

    /// <summary>Reads operator option values and says where each operator applies.</summary>
    public static class RequirementOperators
    {
        /// <summary>The known values, for configuration messages.</summary>
        public static readonly string KnownValues =
            $"Equal {(int)RequirementOperator.Equal}, NotEqual {(int)RequirementOperator.NotEqual}, " +
            $"GreaterThan {(int)RequirementOperator.GreaterThan}, GreaterOrEqual {(int)RequirementOperator.GreaterOrEqual}, " +
            $"LessThan {(int)RequirementOperator.LessThan}, LessOrEqual {(int)RequirementOperator.LessOrEqual}, " +
            $"Contains {(int)RequirementOperator.Contains}";

        /// <summary>The operator for an option value, or null when unknown.</summary>
        public static RequirementOperator? FromOptionValue(int optionValue) =>
            Enum.IsDefined(typeof(RequirementOperator), optionValue) ? (RequirementOperator)optionValue : (RequirementOperator?)null;

        /// <summary>Whether the operator can compare values of a column type.</summary>
        public static bool AppliesTo(this RequirementOperator op, ColumnType type)
        {
            switch (op)
            {
                case RequirementOperator.Equal:
                case RequirementOperator.NotEqual:
                    return true;
                case RequirementOperator.Contains:
                    return type == ColumnType.Text;
                default:
                    return type == ColumnType.Number || type == ColumnType.WholeNumber || type == ColumnType.DateTime;
            }
        }

        /// <summary>The operator in words, as the generated missing-item text uses it ("must be at least").</summary>
        public static string InWords(this RequirementOperator op)
        {
            switch (op)
            {
                case RequirementOperator.Equal: return "must be";
                case RequirementOperator.NotEqual: return "must not be";
                case RequirementOperator.GreaterThan: return "must be more than";
                case RequirementOperator.GreaterOrEqual: return "must be at least";
                case RequirementOperator.LessThan: return "must be less than";
                case RequirementOperator.LessOrEqual: return "must be at most";
                default: return "must contain";
            }
        }
    }
}
