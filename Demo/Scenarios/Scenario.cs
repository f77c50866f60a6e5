using System;
using System.Collections.Generic;

namespace CrmIndependence.Demo.Scenarios
{
    /// <summary>A parsed, validated scenario file: the org to build and the timeline to play (see Scenarios/README.md).</summary>
    public sealed record Scenario(
        string File,
        string Name,
        DateTime Start,
        string? PolicyJson,
        IReadOnlyList<ScenarioUser> Users,
        IReadOnlyList<ScenarioAccount> Accounts,
        IReadOnlyList<ScenarioDeal> Deals,
        IReadOnlyList<ScenarioAuthority> Authority,
        IReadOnlyList<ScenarioStageRequirement> StageRequirements,
        IReadOnlyList<ScenarioEvent> Events)
    {
        /// <summary>The events in the order they are played: by time, then by their place in the file.</summary>
        public IReadOnlyList<ScenarioEvent> Timeline { get; init; } = Events;
    }

    public sealed record ScenarioUser(string Key, string Name, string? Manager);

    public sealed record ScenarioAccount(string Key, string Name, string Owner);

    public sealed record ScenarioDeal(string Key, string Name, string Owner, string? Account, int Stage, decimal Value, decimal? Discount, DateTime? CloseDate);

    /// <summary>A <c>cri_decisionauthority</c> row. <see cref="User"/> is set when it applies to one user.</summary>
    public sealed record ScenarioAuthority(string Name, int DecisionType, int AppliesTo, string? User, decimal Limit, string? Column);

    /// <summary>A <c>cri_stagerequirement</c> row.</summary>
    public sealed record ScenarioStageRequirement(
        int Stage, int Kind, string Message, string? Column, string? ActivityType, int? Count, int? Operator, string? Value, string? RelatedTable);
}
