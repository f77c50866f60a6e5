namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// A column of the deal compares to a value. A deal without a value in the column never meets the
    /// condition (not even NotEqual): the requirement presumes the column is filled in.
    /// </summary>
    public sealed class ColumnConditionRequirement : StageRequirement
    {
        internal ColumnConditionRequirement(
            StageRequirementRow row, SalesStage stage, string message,
            string column, ColumnType columnType, RequirementOperator op, object value)
            : base(row, stage, message)
        {
            Column = column;
            ColumnType = columnType;
            Operator = op;
            Value = value;
        }

        /// <summary>The column's logical name.</summary>
        public string Column { get; }

        /// <summary>The column's type, which the value was parsed as.</summary>
        public ColumnType ColumnType { get; }

        /// <summary>The comparison.</summary>
        public RequirementOperator Operator { get; }

        /// <summary>The value compared with, typed as <see cref="ColumnType"/> says.</summary>
        public object Value { get; }

        /// <inheritdoc />
        public override RequirementKind Kind => RequirementKind.ColumnCondition;

        /// <inheritdoc />
        public override RequirementCheck Check(DealSnapshot deal)
        {
            var actual = deal.ValueOf(Column);
            if (actual == null || (actual is string text && text.Length == 0))
            {
                return RequirementCheck.Unmet;
            }

            var comparison = ValueComparison.Compare(actual, Operator, Value, ColumnType);
            return comparison.HasValue
                ? RequirementCheck.From(comparison.Value)
                : RequirementCheck.NotEvaluated(
                    $"the deal's {Column} holds a {actual.GetType().Name} where a {ColumnType} value was expected");
        }

        internal override void AddFactsNeeded(DealFacts facts) => facts.AddColumn(Column);
    }
}
