using System;
using System.Collections.Generic;
using System.Globalization;

namespace CrmIndependence.Demo.Scenarios
{
    /// <summary>One event of the timeline: when it happens (UTC), who acts, and its place in the file (0-based).</summary>
    public abstract record ScenarioEvent(int Index, DateTime At, string By)
    {
        /// <summary>The event's type as written in the file.</summary>
        public abstract string Type { get; }

        /// <summary>What happens, in a few words (used in messages).</summary>
        public abstract string Describe();

        /// <summary>When the event happens, in the report's one date format ("7 Jan 2025 09:00").</summary>
        public string When => Reporting.ReportDates.Moment(At);

        /// <summary>
        /// Sealed, so the derived records do not synthesise their own member dump ("ActivityEvent { Index = 0, … }"):
        /// every message that names an event names it this way.
        /// </summary>
        public sealed override string ToString() => $"event #{Index} ({Type} by '{By}' on {When}: {Describe()})";
    }

    /// <summary>Someone logs an activity (phonecall, email, task, appointment) regarding a deal.</summary>
    public sealed record ActivityEvent(int Index, DateTime At, string By, string Deal, string ActivityTable, string Subject, bool Completed)
        : ScenarioEvent(Index, At, By)
    {
        public override string Type => "activity";

        public override string Describe() => $"{ActivityTable} '{Subject}' on deal '{Deal}'";
    }

    /// <summary>Someone edits a deal's key fields (any subset).</summary>
    public sealed record EditDealEvent(
        int Index, DateTime At, string By, string Deal, int? Stage, decimal? Value, decimal? Discount, int? Probability, DateTime? CloseDate)
        : ScenarioEvent(Index, At, By)
    {
        public override string Type => "editDeal";

        public override string Describe()
        {
            var changes = new List<string>();
            if (Stage.HasValue) changes.Add("stage " + ScenarioNames.StageName(Stage.Value));
            if (Value.HasValue) changes.Add("value " + Value.Value.ToString("n0", CultureInfo.InvariantCulture));
            if (Discount.HasValue) changes.Add("discount " + Discount.Value.ToString("0.##", CultureInfo.InvariantCulture) + "%");
            if (Probability.HasValue) changes.Add("probability " + Probability.Value + "%");
            if (CloseDate.HasValue) changes.Add("close date " + Reporting.ReportDates.Day(CloseDate.Value));
            return $"deal '{Deal}': " + string.Join(", ", changes);
        }
    }

    /// <summary>A rep (or anyone) moves a deal to a stage, optionally naming the decision maker in the same save.</summary>
    public sealed record MoveStageEvent(int Index, DateTime At, string By, string Deal, int Stage, string? DecisionMaker)
        : ScenarioEvent(Index, At, By)
    {
        public override string Type => "moveStage";

        public override string Describe() =>
            $"deal '{Deal}' to {ScenarioNames.StageName(Stage)}" + (DecisionMaker == null ? string.Empty : $" (decision maker {DecisionMaker})");
    }

    /// <summary>Someone wins or loses a deal (WinOpportunityRequest / LoseOpportunityRequest).</summary>
    public sealed record CloseDealEvent(int Index, DateTime At, string By, string Deal, bool Won) : ScenarioEvent(Index, At, By)
    {
        public override string Type => Won ? "winDeal" : "loseDeal";

        public override string Describe() => $"{(Won ? "wins" : "loses")} deal '{Deal}'";
    }

    /// <summary>Someone assigns a deal to a user (AssignRequest).</summary>
    public sealed record AssignDealEvent(int Index, DateTime At, string By, string Deal, string To) : ScenarioEvent(Index, At, By)
    {
        public override string Type => "assignDeal";

        public override string Describe() => $"assigns deal '{Deal}' to '{To}'";
    }

    /// <summary>Someone approves a deal that needs approval (decision authority).</summary>
    public sealed record ApproveDealEvent(int Index, DateTime At, string By, string Deal) : ScenarioEvent(Index, At, By)
    {
        public override string Type => "approveDeal";

        public override string Describe() => $"approves deal '{Deal}'";
    }

    /// <summary>A rep files a help request (cri_helprequest); <see cref="Key"/> lets an answer refer to it.</summary>
    public sealed record HelpRequestEvent(
        int Index, DateTime At, string By, string Key, string? Deal, string Subject, bool Urgent, string? UrgentReason,
        string? Problem, string? Tried, IReadOnlyList<string> Options, string? Recommendation, int? DecisionType, decimal? DecisionValue)
        : ScenarioEvent(Index, At, By)
    {
        public override string Type => "helpRequest";

        public override string Describe() => $"{(Urgent ? "urgent" : "non-urgent")} help request '{Key}'" + (Deal == null ? string.Empty : $" on deal '{Deal}'");
    }

    /// <summary>A manager answers a help request.</summary>
    public sealed record AnswerEvent(int Index, DateTime At, string By, string Request, string Response) : ScenarioEvent(Index, At, By)
    {
        public override string Type => "answerHelpRequest";

        public override string Describe() => $"answers help request '{Request}'";
    }

    /// <summary>
    /// A manager holds, skips, cancels or reschedules the rep's planned coaching session. Holding it, the manager
    /// first marks the <see cref="ResolveTopics"/> oldest topics of its agenda resolved (<see cref="AllTopics"/>: every one).
    /// </summary>
    public sealed record CoachingEvent(int Index, DateTime At, string By, string Rep, int Status, string? Reason, DateTime? NewDate, string? Outcome, int ResolveTopics = 0)
        : ScenarioEvent(Index, At, By)
    {
        public const int AllTopics = int.MaxValue;

        public override string Type => "coaching";

        public override string Describe() => $"{ScenarioNames.SessionStatusName(Status)} the coaching session with '{Rep}'";
    }

    /// <summary>An admin changes the policy (e.g. switches enforcement on).</summary>
    public sealed record PolicyEvent(int Index, DateTime At, string By, string PolicyJson) : ScenarioEvent(Index, At, By)
    {
        public override string Type => "setPolicy";

        public override string Describe() => "policy " + PolicyJson;
    }
}
