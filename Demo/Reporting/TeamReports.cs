using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Scoring;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Demo.Reporting
{
    /// <summary>A manager's team: their reps, the signals attributed to them, and their five habits' figures.</summary>
    public sealed class ManagerReport
    {
        public ManagerReport(string key, string name, Guid id)
        {
            Key = key;
            Name = name;
            Id = id;
        }

        public string Key { get; }

        public string Name { get; }

        public Guid Id { get; }

        public List<RepReport> Reps { get; } = new();

        /// <summary>Signals attributed to this manager (their ManagerId; a signal without a team manager counts for the rep's), by kind.</summary>
        public SignalCounts Signals { get; } = new();

        public HabitFigures Habits { get; } = new();
    }

    /// <summary>
    /// One manager's five habits as the org recorded them. The manager's mirror gives what it counts — the manager's
    /// weeks (cri_managerweek) summed over the play: answers and answers inside the delay, sent back as yours to
    /// decide, interventions, overrides, the team's stage-gate blocks, sessions held and skipped, overdue coaching.
    /// The rest comes from the rows it does not count: the help requests' response minutes (the median over the
    /// play), the requests the plugins refused, the deals' approval status, the stage-gate signals and refused moves
    /// by stage, the held sessions' dates.
    /// </summary>
    public sealed class HabitFigures
    {
        /// <summary>Non-urgent Requests Answered (the mirror): the manager's first answers to non-urgent requests.</summary>
        public int NonUrgentAnswered { get; set; }

        /// <summary>Answered Inside the Delay (the mirror): of those, answered before the request's respond-after time.</summary>
        public int AnsweredInsideDelay { get; set; }

        /// <summary>The minutes of the non-urgent answers (from the help requests).</summary>
        public List<int> ResponseMinutes { get; } = new();

        /// <summary>The median of the non-urgent answers' response minutes over the play (the lower middle one), or null without answers.</summary>
        public int? MedianResponseMinutes => ResponseMinutes.Count == 0 ? null : ResponseMinutes.OrderBy(m => m).ElementAt((ResponseMinutes.Count - 1) / 2);

        /// <summary>Help requests the plugins refused (what was tried, an option, a recommendation or an urgent reason missing).</summary>
        public int RefusedIncomplete { get; set; }

        /// <summary>Of those, how many the rep filed again, complete, with the same subject on the same deal within two days.</summary>
        public int CompletedLater { get; set; }

        /// <summary>Sent Back as Yours to Decide (the mirror): requests about a decision inside the rep's authority.</summary>
        public int YoursToDecide { get; set; }

        /// <summary>Interventions (the mirror): the manager's edits, closes, take-overs and activities on reps' deals, and overrides.</summary>
        public int Interventions { get; set; }

        /// <summary>Overrides Inside a Rep's Authority (the mirror).</summary>
        public int Overrides { get; set; }

        /// <summary>The team's deals whose approval status is required, approved or rejected.</summary>
        public int ApprovalsNeeded { get; set; }

        /// <summary>Approvals this manager gave.</summary>
        public int ApprovalsGiven { get; set; }

        /// <summary>Stage-gate blocks by the stage whose exit criteria were missing (-1: a gate no requirement row names): before and after enforcement began.</summary>
        public SortedDictionary<int, (int Before, int After)> GateBlocks { get; } = new();

        /// <summary>Team Stage-Gate Blocks (the mirror): the reps' stage moves or wins that missed exit criteria and were recorded.</summary>
        public int TeamGateBlocks { get; set; }

        /// <summary>Sessions Held (the mirror).</summary>
        public int SessionsHeld { get; set; }

        /// <summary>Sessions Skipped (the mirror).</summary>
        public int SessionsSkipped { get; set; }

        /// <summary>Overdue Coaching (the mirror): sessions the suite opened because a rep went <c>coachingOverdueDays</c> without a held one.</summary>
        public int OverdueCoaching { get; set; }

        /// <summary>Times a rep of the team went longer than <c>coachingOverdueDays</c> without a held session.</summary>
        public int OverdueStretches { get; set; }

        /// <summary>Skips or cancellations the plugins refused for want of a reason and a new date.</summary>
        public int SkipsRefused { get; set; }

        public void GateBlock(int stage, bool after)
        {
            var (before, afterCount) = GateBlocks.TryGetValue(stage, out var counts) ? counts : (0, 0);
            GateBlocks[stage] = after ? (before, afterCount + 1) : (before + 1, afterCount);
        }
    }

    public sealed class RepReport
    {
        public RepReport(string key, string name, Guid id, ManagerReport manager)
        {
            Key = key;
            Name = name;
            Id = id;
            Manager = manager;
        }

        public string Key { get; }

        public string Name { get; }

        public Guid Id { get; }

        public ManagerReport Manager { get; }

        public SignalCounts Signals { get; } = new();

        /// <summary>The weekly score rows: week start → score (0–100). Weeks without a row are absent.</summary>
        public SortedDictionary<DateTime, int> Scores { get; } = new();

        /// <summary>
        /// The rep's score in a week: the stored row's, or 100 when the week has none (a row is written with the first
        /// signal of the week, so no row means nothing took points off: a quiet week is a good week).
        /// </summary>
        public int ScoreIn(DateTime weekStart) => Scores.TryGetValue(weekStart.Date, out var score) ? score : IndependenceScoring.Maximum;

        /// <summary>The week with the lowest score (the first of equals).</summary>
        public DateTime LowestWeek(IReadOnlyList<DateTime> weeks) => weeks.OrderBy(ScoreIn).ThenBy(week => week).First();

        public int WeeksBelow(IReadOnlyList<DateTime> weeks, int threshold) => weeks.Count(week => ScoreIn(week) < threshold);

        public List<SessionInfo> Sessions { get; } = new();

        /// <summary>The rep's earliest planned coaching session at the end of the play, with its open topics.</summary>
        public SessionInfo? NextSession { get; set; }

        /// <summary>Times the rep went longer than <c>coachingOverdueDays</c> without a held session.</summary>
        public int OverdueStretches { get; set; }

        /// <summary>Stage moves or wins the plugins refused at a gate (enforce mode).</summary>
        public int GatesRefused { get; set; }
    }

    public sealed record SessionInfo(RepReport Rep, int Status, int? Trigger, DateTime? ScheduledStart, string Agenda, string? SkipReason)
    {
        public string? ManagerName { get; init; }

        /// <summary>When the row was last saved: for a held session, when it was held.</summary>
        public DateTime? HeldOn { get; init; }

        /// <summary>The session's unresolved topics, by what each is about.</summary>
        public List<TopicKind> OpenTopics { get; } = new();
    }

    /// <summary>What a coaching topic is about, for "what to raise at the next 1:1".</summary>
    public enum TopicKind
    {
        ParkedRequest,
        ManagerEdit,
        ManagerClose,
        TakeOver,
        ManagerActivity,
        TakeOverByShare,
        Override,
        FastAnswer,
        SkippedSession,
        StageGate,
        NeedlessEscalation,
        WinWithoutApproval,
        Other,
    }

    public static class TopicKinds
    {
        public static TopicKind Of(SignalKind kind) => kind switch
        {
            SignalKind.ManagerEditedDeal => TopicKind.ManagerEdit,
            SignalKind.ManagerClosedDeal => TopicKind.ManagerClose,
            SignalKind.ManagerTookOverDeal => TopicKind.TakeOver,
            SignalKind.ManagerActivityOnDeal => TopicKind.ManagerActivity,
            SignalKind.DealTakeOverByShare => TopicKind.TakeOverByShare,
            SignalKind.ManagerOverrideWithinAuthority => TopicKind.Override,
            SignalKind.FastResponse => TopicKind.FastAnswer,
            SignalKind.CoachingSkipped => TopicKind.SkippedSession,
            SignalKind.StageGateBlocked => TopicKind.StageGate,
            SignalKind.UnnecessaryEscalation => TopicKind.NeedlessEscalation,
            SignalKind.WonWithoutApproval => TopicKind.WinWithoutApproval,
            _ => TopicKind.Other,
        };

        /// <summary>"2 parked requests", "1 manager edit", "3 wins without approval".</summary>
        public static string Count(TopicKind kind, int count) => kind switch
        {
            TopicKind.ParkedRequest => Plural.Of(count, "parked request"),
            TopicKind.ManagerEdit => Plural.Of(count, "manager edit"),
            TopicKind.ManagerClose => Plural.Of(count, "deal closed by the manager", "deals closed by the manager"),
            TopicKind.TakeOver => Plural.Of(count, "take-over"),
            TopicKind.ManagerActivity => Plural.Of(count, "manager activity"),
            TopicKind.TakeOverByShare => Plural.Of(count, "take-over by share", "take-overs by share"),
            TopicKind.Override => Plural.Of(count, "override"),
            TopicKind.FastAnswer => Plural.Of(count, "answer inside the delay", "answers inside the delay"),
            TopicKind.SkippedSession => Plural.Of(count, "skipped session"),
            TopicKind.StageGate => Plural.Of(count, "stage gate"),
            TopicKind.NeedlessEscalation => Plural.Of(count, "needless escalation"),
            TopicKind.WinWithoutApproval => Plural.Of(count, "win without approval", "wins without approval"),
            _ => Plural.Of(count, "other topic"),
        };
    }

    public sealed class SignalCounts
    {
        private readonly Dictionary<SignalKind, int> counts = new();

        public int this[SignalKind kind] => counts.TryGetValue(kind, out var count) ? count : 0;

        public int Total => counts.Values.Sum();

        public int TotalOf(IEnumerable<SignalKind> kinds) => kinds.Sum(kind => this[kind]);

        public void Increment(SignalKind kind) => counts[kind] = this[kind] + 1;

        public IEnumerable<(SignalKind Kind, int Count)> NonZero => DemoReport.Kinds.Where(kind => this[kind] > 0).Select(kind => (kind, this[kind]));

        public override string ToString() => string.Join(", ", NonZero.Select(pair => pair.Count.ToString(CultureInfo.InvariantCulture) + " " + pair.Kind));
    }
}
