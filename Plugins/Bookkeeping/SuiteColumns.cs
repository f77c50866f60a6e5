using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Schema;

namespace CrmIndependence.Plugins.Bookkeeping
{
    /// <summary>
    /// The columns and records only the suite writes, and what happens when a user sends them anyway
    /// (<see cref="Check"/>). The suite itself writes them as SYSTEM, which is never checked. The approval columns of a
    /// deal are not here: a user may give a verdict there, which <c>GovernDecisionAuthority</c> judges on Create and Update.
    /// </summary>
    public static class SuiteColumns
    {
        private const ForgedValueResponse Replace = ForgedValueResponse.Replace;
        private const ForgedValueResponse Refuse = ForgedValueResponse.Refuse;

        private const string Counting = "counted by the suite from the activities logged on the deal";
        private const string ScoreFigure = "kept by the suite from the week's dependency signals";
        private const string SignalFigure = "recorded by the suite when it saw what happened";
        private const string ManagerWeekKept = "kept by the suite from the manager's answers, signals and coaching sessions";

        /// <summary>Every protected column, by table.</summary>
        public static IReadOnlyList<SuiteColumn> All { get; } = new[]
        {
            new SuiteColumn(Opportunity.EntityName, Opportunity.RepActivityCount, "Rep activities", Counting, Replace, Replace),
            new SuiteColumn(Opportunity.EntityName, Opportunity.ManagerActivityCount, "Manager activities", Counting, Replace, Replace),
            new SuiteColumn(Opportunity.EntityName, Opportunity.CountedActivities, "Counted activities", "the suite's record of the activities it has counted on the deal", Replace, Replace),
            new SuiteColumn(Opportunity.EntityName, Opportunity.TakeoverSignalled, "Take-over signalled", "set by the suite when managers have logged more activities on the deal than its owner", Replace, Replace),
            new SuiteColumn(Opportunity.EntityName, Opportunity.LastManagerTouch, "Last manager touch", "set by the suite when a manager in the owner's chain works on the deal", Replace, Replace),

            new SuiteColumn(HelpRequest.EntityName, HelpRequest.RespondAfter, "Respond after", "set by the suite when the request is filed: its creation time plus the policy's response delay", Replace, Replace),
            new SuiteColumn(HelpRequest.EntityName, HelpRequest.RespondedOn, "Responded on", "stamped by the suite with the server's time of the manager's first answer", Replace, Replace),
            new SuiteColumn(HelpRequest.EntityName, HelpRequest.ResponseMinutes, "Response minutes", "measured by the suite when the manager answers", Replace, Replace),
            new SuiteColumn(HelpRequest.EntityName, HelpRequest.Disposition, "Disposition", "set by the suite: when the request is filed, and to Answered when a manager writes a response", Replace, Refuse),
            new SuiteColumn(HelpRequest.EntityName, HelpRequest.CoachingSessionId, "Coaching session", "set by the suite when it parks the request on the rep's next coaching session", Replace, ForgedValueResponse.Allow),

            Score(IndependenceScore.RepId, "Rep"),
            Score(IndependenceScore.WeekStart, "Week start"),
            Score(IndependenceScore.Score, "Score"),
            Score(IndependenceScore.SignalCount, "Signals"),
            Score(IndependenceScore.ManagerEdits, "Manager edits"),
            Score(IndependenceScore.ManagerCloses, "Manager closes"),
            Score(IndependenceScore.ManagerTakeovers, "Manager take-overs"),
            Score(IndependenceScore.ManagerActivities, "Manager activities"),
            Score(IndependenceScore.TakeoversByShare, "Take-overs by share"),
            Score(IndependenceScore.FastResponses, "Fast responses"),
            Score(IndependenceScore.UnnecessaryEscalations, "Unnecessary escalations"),
            Score(IndependenceScore.Overrides, "Overrides"),
            Score(IndependenceScore.StageGateBlocks, "Stage-gate blocks"),
            Score(IndependenceScore.CoachingSkipped, "Coaching skipped"),
            Score(IndependenceScore.WonWithoutApproval, "Won without approval"),
            Score(IndependenceScore.RepActivities, "Rep activities"),
            Score(IndependenceScore.Dependent, "Dependent"),
            Score(IndependenceScore.RepManagerId, "Rep's manager"),

            ManagerWeekFigure(ManagerWeekTable.ManagerId, "Manager"),
            ManagerWeekFigure(ManagerWeekTable.WeekStart, "Week start"),
            ManagerWeekFigure(ManagerWeekTable.DirectorId, "Manager's manager"),
            ManagerWeekFigure(ManagerWeekTable.Answered, "Non-urgent requests answered"),
            ManagerWeekFigure(ManagerWeekTable.AnsweredInsideDelay, "Answered inside the delay"),
            ManagerWeekFigure(ManagerWeekTable.ShareInsideDelay, "% inside the delay"),
            ManagerWeekFigure(ManagerWeekTable.MedianResponseMinutes, "Median minutes to answer"),
            ManagerWeekFigure(ManagerWeekTable.WindowShareInsideDelay, "% inside the delay (window)"),
            ManagerWeekFigure(ManagerWeekTable.TargetShare, "Fast-response ceiling %"),
            ManagerWeekFigure(ManagerWeekTable.AnswersTooFast, "Answers too fast"),
            ManagerWeekFigure(ManagerWeekTable.YoursToDecide, "Sent back as yours to decide"),
            ManagerWeekFigure(ManagerWeekTable.DealEdits, "Manager edits"),
            ManagerWeekFigure(ManagerWeekTable.DealCloses, "Manager closes"),
            ManagerWeekFigure(ManagerWeekTable.TakeOvers, "Take-overs"),
            ManagerWeekFigure(ManagerWeekTable.DealActivities, "Manager activities"),
            ManagerWeekFigure(ManagerWeekTable.Overrides, "Overrides inside a rep's authority"),
            ManagerWeekFigure(ManagerWeekTable.Interventions, "Interventions"),
            ManagerWeekFigure(ManagerWeekTable.TeamGateBlocks, "Team stage-gate blocks"),
            ManagerWeekFigure(ManagerWeekTable.SessionsHeld, "Sessions held"),
            ManagerWeekFigure(ManagerWeekTable.SessionsSkipped, "Sessions skipped"),
            ManagerWeekFigure(ManagerWeekTable.CoachingOverdue, "Overdue coaching"),
            ManagerWeekFigure(ManagerWeekTable.CountedEvents, "Counted events"),

            Signal(DependencySignal.Kind, "Kind"),
            Signal(DependencySignal.RepId, "Rep"),
            Signal(DependencySignal.ManagerId, "Manager"),
            Signal(DependencySignal.OccurredOn, "Occurred on"),
            Signal(DependencySignal.Weight, "Weight"),
            Signal(DependencySignal.IdempotencyKey, "Idempotency key"),
            Signal(DependencySignal.RepManagerId, "Rep's manager"),
            new SuiteColumn(DependencySignal.EntityName, DependencySignal.CountedInScore, "Counted in weekly score",
                "set by the suite in the same transaction as the weekly score that counts the signal", Refuse, Refuse),
        };

        /// <summary>
        /// The columns that are bookkeeping, not information: ids and keys the suite matches on, marks that make a retried
        /// step count nothing, an integration's logical name. No form shows them (the form tests check every packed form);
        /// the figures a person reads (counters, scores, respond-after) are in <see cref="All"/> and stay on the forms, read-only.
        /// </summary>
        public static IReadOnlyList<BookkeepingColumn> Bookkeeping { get; } = new[]
        {
            new BookkeepingColumn(Opportunity.EntityName, Opportunity.CountedActivities, "the ids of the last activities counted on the deal, so a retried count counts nothing"),
            new BookkeepingColumn(Opportunity.EntityName, Opportunity.TakeoverSignalled, "the mark that the take-over by share was recorded, once per deal"),
            new BookkeepingColumn(HelpRequest.EntityName, HelpRequest.DecisionColumn, "the logical name of an opportunity column, for integrations filing a Column decision"),
            new BookkeepingColumn(DependencySignal.EntityName, DependencySignal.IdempotencyKey, "the key of the event, so a retried recording records nothing"),
            new BookkeepingColumn(DependencySignal.EntityName, DependencySignal.RelatedActivity, "the id of the activity behind the signal (a lookup to activitypointer is not supported)"),
            new BookkeepingColumn(DependencySignal.EntityName, DependencySignal.RelatedActivityType, "the table of that activity"),
            new BookkeepingColumn(DependencySignal.EntityName, DependencySignal.CountedInScore, "the mark that the signal's points are on its week, so a retried score job counts nothing"),
            new BookkeepingColumn(ManagerWeekTable.EntityName, ManagerWeekTable.CountedEvents, "the key of every event the manager's week counted, so a retried job counts nothing"),
        };

        /// <summary>Tables whose rows only the suite creates.</summary>
        public static IReadOnlyList<SuiteRecord> Records { get; } = new[]
        {
            new SuiteRecord(IndependenceScore.EntityName, "weekly independence score",
                "Weekly independence scores are created by the suite when it records a rep's first dependency signal of a week"),
            new SuiteRecord(DependencySignal.EntityName, "dependency signal",
                "Dependency signals are recorded by the suite when it sees a manager step into a rep's work"),
            new SuiteRecord(ManagerWeekTable.EntityName, "manager's week",
                "A manager's weeks are written by the suite from the manager's answers, signals and coaching sessions"),
        };

        /// <summary>The protected columns of <paramref name="table"/> (logical names), for a step's filtering attributes.</summary>
        public static IEnumerable<SuiteColumn> Of(string table) => All.Where(column => column.Table == table);

        /// <summary>
        /// What happens to a user's <paramref name="message"/> ("Create" or "Update") of a <paramref name="table"/> row
        /// sending <paramref name="sentColumns"/>; <paramref name="unchanged"/> says whether a sent value equals the stored one
        /// (always false on Create).
        /// </summary>
        public static BookkeepingOutcome Check(string table, string message, IEnumerable<string> sentColumns, Func<string, bool> unchanged)
        {
            if (sentColumns == null)
            {
                throw new ArgumentNullException(nameof(sentColumns));
            }

            if (unchanged == null)
            {
                throw new ArgumentNullException(nameof(unchanged));
            }

            var record = Records.FirstOrDefault(candidate => candidate.Table == table);
            if (record != null && message == "Create")
            {
                return BookkeepingOutcome.RefusedCreate(record);
            }

            var sent = new HashSet<string>(sentColumns, StringComparer.OrdinalIgnoreCase);
            var dropped = new List<SuiteColumn>();
            var refused = new List<SuiteColumn>();
            foreach (var column in Of(table).Where(column => sent.Contains(column.Column)))
            {
                var response = column.ResponseTo(message);
                if (response == ForgedValueResponse.Allow)
                {
                    continue;
                }

                if (response == ForgedValueResponse.Refuse && !unchanged(column.Column))
                {
                    refused.Add(column);
                }
                else
                {
                    dropped.Add(column);
                }
            }

            return new BookkeepingOutcome(LabelOf(table), dropped, refused);
        }

        private static string LabelOf(string table) =>
            table == Opportunity.EntityName ? "deal"
            : table == HelpRequest.EntityName ? "help request"
            : Records.FirstOrDefault(record => record.Table == table)?.Label ?? table;

        private static SuiteColumn Score(string column, string label) =>
            new SuiteColumn(IndependenceScore.EntityName, column, label, ScoreFigure, Refuse, Refuse);

        private static SuiteColumn ManagerWeekFigure(string column, string label) =>
            new SuiteColumn(ManagerWeekTable.EntityName, column, label, ManagerWeekKept, Refuse, Refuse);

        private static SuiteColumn Signal(string column, string label) =>
            new SuiteColumn(DependencySignal.EntityName, column, label, SignalFigure, Refuse, Refuse);
    }
}
