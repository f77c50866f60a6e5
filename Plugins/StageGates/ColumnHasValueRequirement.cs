namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>A column of the deal is filled in; text must not be blank.</summary>
    public sealed class ColumnHasValueRequirement : StageRequirement
    {
        internal ColumnHasValueRequirement(StageRequirementRow row, SalesStage stage, string message, string column)
            : base(row, stage, message) => Column = column;

        /// <summary>The column's logical name.</summary>
        public string Column { get; }

        /// <inheritdoc />
        public override RequirementKind Kind => RequirementKind.ColumnHasValue;

        /// <inheritdoc />
        public override RequirementCheck Check(DealSnapshot deal)
        {
            var value = deal.ValueOf(Column);
            return RequirementCheck.From(value is string text ? !string.IsNullOrWhiteSpace(text) : value != null);
        }

        internal override void AddFactsNeeded(DealFacts facts) => facts.AddColumn(Column);
    }
}
