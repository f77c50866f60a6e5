namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>A record of another table points at the deal (a quote, a help request, a stakeholder connection…).</summary>
    public sealed class RelatedRecordRequirement : StageRequirement
    {
        internal RelatedRecordRequirement(StageRequirementRow row, SalesStage stage, string message, RelatedRecordKey related)
            : base(row, stage, message) => Related = related;

        /// <summary>The related table and its lookup column to the deal.</summary>
        public RelatedRecordKey Related { get; }

        /// <inheritdoc />
        public override RequirementKind Kind => RequirementKind.RelatedRecordExists;

        /// <inheritdoc />
        public override RequirementCheck Check(DealSnapshot deal) => RequirementCheck.From(deal.HasRelated(Related));

        internal override void AddFactsNeeded(DealFacts facts) => facts.AddRelatedRecord(Related);
    }
}
