using System.Collections.Generic;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Scoring.Platform
{
    /// <summary>A counter of the period score and its name in the <c>cri_GetIndependenceScore</c> response.</summary>
    public sealed record ScoreCounter(SignalKind Kind, string ResponseName);

    /// <summary>
    /// The counters the custom API returns, one per signal kind, with their response names (the same names as
    /// <c>Solution/customapis/cri_GetIndependenceScore/customapiresponseproperties/</c>; a test keeps them equal).
    /// </summary>
    public static class ScoreCounters
    {
        public const string Score = "Score";
        public const string InvolvementRatio = "InvolvementRatio";
        public const string SignalCount = "SignalCount";

        public static IReadOnlyList<ScoreCounter> All { get; } = new[]
        {
            new ScoreCounter(SignalKind.ManagerEditedDeal, "ManagerEdits"),
            new ScoreCounter(SignalKind.ManagerClosedDeal, "ManagerCloses"),
            new ScoreCounter(SignalKind.ManagerTookOverDeal, "TakeOvers"),
            new ScoreCounter(SignalKind.ManagerActivityOnDeal, "ManagerActivities"),
            new ScoreCounter(SignalKind.DealTakeOverByShare, "TakeOversByShare"),
            new ScoreCounter(SignalKind.FastResponse, "FastResponses"),
            new ScoreCounter(SignalKind.UnnecessaryEscalation, "UnnecessaryEscalations"),
            new ScoreCounter(SignalKind.ManagerOverrideWithinAuthority, "Overrides"),
            new ScoreCounter(SignalKind.StageGateBlocked, "StageGateBlocks"),
            new ScoreCounter(SignalKind.CoachingSkipped, "CoachingSkipped"),
            new ScoreCounter(SignalKind.WonWithoutApproval, "WonWithoutApproval"),
        };
    }
}
