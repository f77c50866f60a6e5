using System.Activities;
using CrmIndependence.Plugins.Scoring;
using CrmIndependence.Plugins.Scoring.Platform;
using CrmIndependence.Plugins.Signals;
using CrmIndependence.Workflows.Infrastructure;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmIndependence.Workflows.Activities
{
    /// <summary>
    /// "Calculate independence score": a rep's score over the last N days (average weekly score, quiet weeks at 100),
    /// the involvement ratio and the signal counters, for a classic process to branch on or write to a record.
    /// The same computation as the <c>cri_GetIndependenceScore</c> custom API (<see cref="IndependenceScoreReader"/>).
    /// </summary>
    public sealed class CalculateIndependenceScore : WorkflowActivityBase
    {
        [RequiredArgument]
        [Input("Rep")]
        [ReferenceTarget("systemuser")]
        public InArgument<EntityReference> Rep { get; set; } = null!;

        [Input("Period in days")]
        [Default("28")]
        public InArgument<int> PeriodInDays { get; set; } = null!;

        [Output("Score")]
        public OutArgument<int> Score { get; set; } = null!;

        [Output("Involvement ratio")]
        public OutArgument<decimal> InvolvementRatio { get; set; } = null!;

        [Output("Signal count")]
        public OutArgument<int> SignalCount { get; set; } = null!;

        [Output("Manager edits")]
        public OutArgument<int> ManagerEdits { get; set; } = null!;

        [Output("Manager closes")]
        public OutArgument<int> ManagerCloses { get; set; } = null!;

        [Output("Take-overs")]
        public OutArgument<int> TakeOvers { get; set; } = null!;

        [Output("Take-overs by share")]
        public OutArgument<int> TakeOversByShare { get; set; } = null!;

        [Output("Manager activities")]
        public OutArgument<int> ManagerActivities { get; set; } = null!;

        [Output("Fast responses")]
        public OutArgument<int> FastResponses { get; set; } = null!;

        [Output("Unnecessary escalations")]
        public OutArgument<int> UnnecessaryEscalations { get; set; } = null!;

        [Output("Overrides")]
        public OutArgument<int> Overrides { get; set; } = null!;

        [Output("Stage-gate blocks")]
        public OutArgument<int> StageGateBlocks { get; set; } = null!;

        [Output("Coaching skipped")]
        public OutArgument<int> CoachingSkipped { get; set; } = null!;

        [Output("Won without approval")]
        public OutArgument<int> WonWithoutApproval { get; set; } = null!;

        protected override void ExecuteActivity(LocalWorkflowContext context)
        {
            var activity = context.ActivityContext;
            var days = PeriodInDays.Get(activity);
            var score = IndependenceScoreReader.Read(context.UserService, Rep.Get(activity), days == 0 ? PeriodScore.DefaultDays : days, context.NowUtc, context.Trace);

            Score.Set(activity, score.Score);
            InvolvementRatio.Set(activity, score.InvolvementRatio);
            SignalCount.Set(activity, score.SignalCount);
            ManagerEdits.Set(activity, score.CountOf(SignalKind.ManagerEditedDeal));
            ManagerCloses.Set(activity, score.CountOf(SignalKind.ManagerClosedDeal));
            TakeOvers.Set(activity, score.CountOf(SignalKind.ManagerTookOverDeal));
            TakeOversByShare.Set(activity, score.CountOf(SignalKind.DealTakeOverByShare));
            ManagerActivities.Set(activity, score.CountOf(SignalKind.ManagerActivityOnDeal));
            FastResponses.Set(activity, score.CountOf(SignalKind.FastResponse));
            UnnecessaryEscalations.Set(activity, score.CountOf(SignalKind.UnnecessaryEscalation));
            Overrides.Set(activity, score.CountOf(SignalKind.ManagerOverrideWithinAuthority));
            StageGateBlocks.Set(activity, score.CountOf(SignalKind.StageGateBlocked));
            CoachingSkipped.Set(activity, score.CountOf(SignalKind.CoachingSkipped));
            WonWithoutApproval.Set(activity, score.CountOf(SignalKind.WonWithoutApproval));
        }
    }
}
