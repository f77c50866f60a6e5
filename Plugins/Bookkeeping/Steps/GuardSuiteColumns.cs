using System.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Bookkeeping.Steps
{
    /// <summary>
    /// Keeps the suite's bookkeeping out of users' hands (<see cref="SuiteColumns"/>): on a user's Create or Update, a
    /// suite column sent with the save is dropped and traced, or the save is refused with a message saying what sets
    /// the column; a user's Create of a signal or a weekly score is refused. PreValidation, so it runs before the suite's
    /// own PreOperation steps write those columns into the same save; the suite's nested writes run as SYSTEM and pass
    /// (<see cref="SuiteIdentity"/>). No service call when the save carries no suite column; otherwise one WhoAmI per
    /// organization and server, then none. An Update carrying state and other columns is split by the platform into parts
    /// for PreOperation and PostOperation, but PreValidation runs once, on the whole save, so the verdict covers every column
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior).
    /// </summary>
    [Step("Create", Opportunity.EntityName, PipelineStage.PreValidation, Description = Purpose)]
    [Step("Update", Opportunity.EntityName, PipelineStage.PreValidation, Description = Purpose,
        FilteringAttributes = Opportunity.RepActivityCount + "," + Opportunity.ManagerActivityCount + "," + Opportunity.CountedActivities + "," +
            Opportunity.TakeoverSignalled + "," + Opportunity.LastManagerTouch)]
    [Step("Create", HelpRequest.EntityName, PipelineStage.PreValidation, Description = Purpose)]
    [Step("Update", HelpRequest.EntityName, PipelineStage.PreValidation, Description = Purpose,
        FilteringAttributes = HelpRequest.RespondAfter + "," + HelpRequest.RespondedOn + "," + HelpRequest.ResponseMinutes + "," + HelpRequest.Disposition,
        PreImage = HelpRequest.Disposition)]
    [Step("Create", IndependenceScore.EntityName, PipelineStage.PreValidation, Description = Purpose)]
    [Step("Update", IndependenceScore.EntityName, PipelineStage.PreValidation, Description = Purpose,
        FilteringAttributes = ScoreColumns, PreImage = ScoreColumns)]
    [Step("Create", ManagerWeekTable.EntityName, PipelineStage.PreValidation, Description = Purpose)]
    [Step("Update", ManagerWeekTable.EntityName, PipelineStage.PreValidation, Description = Purpose,
        FilteringAttributes = ManagerWeekColumns, PreImage = ManagerWeekColumns)]
    [Step("Create", DependencySignal.EntityName, PipelineStage.PreValidation, Description = Purpose)]
    [Step("Update", DependencySignal.EntityName, PipelineStage.PreValidation, Description = Purpose,
        FilteringAttributes = SignalColumns, PreImage = SignalColumns)]
    public sealed class GuardSuiteColumns : PluginBase
    {
        private const string Purpose = "Keeps the columns the suite keeps (counters, stamps, dispositions, signals, scores) out of users' saves.";

        private const string ScoreColumns =
            IndependenceScore.RepId + "," + IndependenceScore.WeekStart + "," + IndependenceScore.Score + "," + IndependenceScore.SignalCount + "," +
            IndependenceScore.ManagerEdits + "," + IndependenceScore.ManagerCloses + "," + IndependenceScore.ManagerTakeovers + "," +
            IndependenceScore.ManagerActivities + "," + IndependenceScore.TakeoversByShare + "," + IndependenceScore.FastResponses + "," +
            IndependenceScore.UnnecessaryEscalations + "," + IndependenceScore.Overrides + "," + IndependenceScore.StageGateBlocks + "," +
            IndependenceScore.CoachingSkipped + "," + IndependenceScore.WonWithoutApproval + "," + IndependenceScore.RepActivities + "," +
            IndependenceScore.Dependent + "," + IndependenceScore.RepManagerId;

        private const string ManagerWeekColumns =
            ManagerWeekTable.ManagerId + "," + ManagerWeekTable.WeekStart + "," + ManagerWeekTable.DirectorId + "," + ManagerWeekTable.Answered + "," +
            ManagerWeekTable.AnsweredInsideDelay + "," + ManagerWeekTable.ShareInsideDelay + "," + ManagerWeekTable.MedianResponseMinutes + "," + ManagerWeekTable.WindowShareInsideDelay + "," +
            ManagerWeekTable.TargetShare + "," + ManagerWeekTable.AnswersTooFast + "," + ManagerWeekTable.YoursToDecide + "," + ManagerWeekTable.DealEdits + "," +
            ManagerWeekTable.DealCloses + "," + ManagerWeekTable.TakeOvers + "," + ManagerWeekTable.DealActivities + "," + ManagerWeekTable.Overrides + "," +
            ManagerWeekTable.Interventions + "," + ManagerWeekTable.TeamGateBlocks + "," + ManagerWeekTable.SessionsHeld + "," + ManagerWeekTable.SessionsSkipped + "," +
            ManagerWeekTable.CoachingOverdue + "," + ManagerWeekTable.CountedEvents;

        private const string SignalColumns =
            DependencySignal.Kind + "," + DependencySignal.RepId + "," + DependencySignal.ManagerId + "," + DependencySignal.OccurredOn + "," +
            DependencySignal.Weight + "," + DependencySignal.IdempotencyKey + "," + DependencySignal.RepManagerId + "," +
            DependencySignal.CountedInScore;

        public GuardSuiteColumns(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var target = context.Target;
            var isCreate = context.MessageName == "Create";
            var sent = SuiteColumns.Of(target.LogicalName).Select(column => column.Column).Where(target.Contains).ToList();
            var isSuiteRecord = SuiteColumns.Records.Any(record => record.Table == target.LogicalName);
            if (sent.Count == 0 && !(isCreate && isSuiteRecord))
            {
                return;
            }

            if (SuiteIdentity.IsSuite(context))
            {
                context.Trace("Written by the suite (SYSTEM): its own bookkeeping passes.");
                return;
            }

            var pre = context.PreImage();
            var outcome = SuiteColumns.Check(
                target.LogicalName,
                context.MessageName,
                sent,
                column => !isCreate && pre != null && ColumnValues.AreSame(target[column], pre.Contains(column) ? pre[column] : null));
            if (outcome.IsRefused)
            {
                context.Trace($"Refused: {outcome.RefusalMessage}");
                throw new InvalidPluginExecutionException(outcome.RefusalMessage);
            }

            foreach (var column in outcome.Dropped)
            {
                target.Attributes.Remove(column.Column);
            }

            if (outcome.DroppedTrace != null)
            {
                context.Trace(outcome.DroppedTrace);
            }
        }
    }
}
