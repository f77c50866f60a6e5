namespace CrmIndependence.Demo.Generation
{
    /// <summary>What <see cref="ScenarioGenerator"/> builds: the org's size, the length and the seed (same settings, same file).</summary>
    public sealed record GeneratorSettings
    {
        public int Reps { get; init; } = 8;

        public int Managers { get; init; } = 2;

        public int Days { get; init; } = 90;

        public int Seed { get; init; } = 7;

        /// <summary>Rep activities (calls, emails, tasks, meetings) per rep per working day.</summary>
        public double RepActivitiesPerDay { get; init; } = 3.0;

        /// <summary>From this day on the policy is enforce (null: observe throughout).</summary>
        public int? EnforceFromDay { get; init; } = 45;

        public string Name { get; init; } = "Generated sales org";
    }
}
