namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>At least <see cref="Count"/> completed activities of one type regard the deal.</summary>
    public sealed class CompletedActivitiesRequirement : StageRequirement
    {
        internal CompletedActivitiesRequirement(StageRequirementRow row, SalesStage stage, string message, string activityType, int count)
            : base(row, stage, message)
        {
            ActivityType = activityType;
            Count = count;
        }

        /// <summary>The activity's logical name: email, phonecall, task or appointment.</summary>
        public string ActivityType { get; }

        /// <summary>The minimum number of completed activities (at least 1).</summary>
        public int Count { get; }

        /// <inheritdoc />
        public override RequirementKind Kind => RequirementKind.CompletedActivities;

        /// <inheritdoc />
        public override RequirementCheck Check(DealSnapshot deal) =>
            RequirementCheck.From(deal.CompletedActivitiesOf(ActivityType) >= Count);

        internal override void AddFactsNeeded(DealFacts facts) => facts.AddActivityType(ActivityType);
    }
}
