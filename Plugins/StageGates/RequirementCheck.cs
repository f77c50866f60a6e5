namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>The result of checking one requirement against the deal.</summary>
    public enum RequirementStatus
    {
        /// <summary>The deal meets the requirement.</summary>
        Met,

        /// <summary>The deal does not meet it: the requirement's message is a missing item.</summary>
        Unmet,

        /// <summary>The deal's data could not be judged (a value of the wrong type): warned, never blocking.</summary>
        NotEvaluated,
    }

    /// <summary>One requirement's check, with the reason when it could not be evaluated.</summary>
    public sealed record RequirementCheck(RequirementStatus Status, string? Reason = null)
    {
        public static RequirementCheck Met { get; } = new RequirementCheck(RequirementStatus.Met);

        public static RequirementCheck Unmet { get; } = new RequirementCheck(RequirementStatus.Unmet);

        public static RequirementCheck From(bool met) => met ? Met : Unmet;

        public static RequirementCheck NotEvaluated(string reason) => new RequirementCheck(RequirementStatus.NotEvaluated, reason);
    }
}
