using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Demo.Playing;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Emulator;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Scoring;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Demo.Reporting
{
    /// <summary>
    /// What the org holds after a play, per manager and rep, read from the org's rows (signals, weekly scores,
    /// coaching sessions, help requests); refusals are what the client saw. Nothing here is computed from the
    /// scenario's intentions: zero means the plugins recorded nothing.
    /// </summary>
    public sealed class DemoReport
    {
        private DemoReport(PlayResult play) => Play = play;

        public PlayResult Play { get; }

        public IReadOnlyList<ManagerReport> Managers { get; private set; } = Array.Empty<ManagerReport>();

        /// <summary>Every signal kind the suite knows, in the order of its option values.</summary>
        public static IReadOnlyList<SignalKind> Kinds { get; } = Enum.GetValues<SignalKind>().OrderBy(kind => (int)kind).ToList();

        public int SignalCount { get; private set; }

        public int ScoreRows { get; private set; }

        /// <summary>Every week (its Monday, as the score rows count weeks) from the scenario's start to the end of the play.</summary>
        public IReadOnlyList<DateTime> Weeks { get; private set; } = Array.Empty<DateTime>();

        /// <summary>Up to two agendas, one per manager: each manager's first session with a full agenda (at least 8 lines).</summary>
        public IReadOnlyList<SessionInfo> SampleAgendas { get; private set; } = Array.Empty<SessionInfo>();

        public string Mode { get; private set; } = "observe";

        /// <summary>The kind as the plugins word it (<see cref="SignalKinds.Label"/>), capitalised for a chart or a table row.</summary>
        public static string Label(SignalKind kind) => SignalKinds.Label(kind) is { Length: > 0 } text
            ? char.ToUpperInvariant(text[0]) + text[1..]
            : kind.ToString();

        public static DemoReport Build(PlayResult play)
        {
            var report = new DemoReport(play);
            report.Read();
            return report;
        }

        private void Read()
        {
            var org = Play.Org;
            var byId = Play.Users.ToDictionary(pair => pair.Value.Id, pair => pair.Key);
            var scenarioUsers = Play.Scenario.Users.ToDictionary(user => user.Key);
            var managerKeys = Play.Scenario.Users.Where(u => u.Manager != null && !Play.Scenario.Users.Any(r => r.Manager == u.Key)).Select(u => u.Manager!).Distinct().ToList();
            var reps = new Dictionary<Guid, RepReport>();
            var managers = new List<ManagerReport>();
            foreach (var managerKey in managerKeys)
            {
                var manager = new ManagerReport(managerKey, scenarioUsers[managerKey].Name, Play.Users[managerKey].Id);
                foreach (var rep in Play.Scenario.Users.Where(u => u.Manager == managerKey && !Play.Scenario.Users.Any(r => r.Manager == u.Key)))
                {
                    var row = new RepReport(rep.Key, rep.Name, Play.Users[rep.Key].Id);
                    manager.Reps.Add(row);
                    reps[row.Id] = row;
                }

                managers.Add(manager);
            }

            var managersById = managers.ToDictionary(m => m.Id);
            RepReport? RepOf(Entity row, string column) => row.GetAttributeValue<EntityReference>(column) is { } reference && reps.TryGetValue(reference.Id, out var rep) ? rep : null;

            var signals = org.Rows(DependencySignal.EntityName);
            SignalCount = signals.Count;
            foreach (var signal in signals)
            {
                var kind = (SignalKind)(signal.GetAttributeValue<OptionSetValue>(DependencySignal.Kind)?.Value ?? 0);
                RepOf(signal, DependencySignal.RepId)?.Signals.Increment(kind);
                if (signal.GetAttributeValue<EntityReference>(DependencySignal.ManagerId) is { } manager && managersById.TryGetValue(manager.Id, out var managerReport))
                {
                    managerReport.Signals.Increment(kind);
                }
                else if (RepOf(signal, DependencySignal.RepId) is { } rep)
                {
                    // A signal without a manager (e.g. a stage gate the rep hit): counted for the rep's manager.
                    managers.First(m => m.Reps.Contains(rep)).Signals.Increment(kind);
                }
            }

            var scores = org.Rows(IndependenceScore.EntityName);
            ScoreRows = scores.Count;
            foreach (var score in scores)
            {
                if (RepOf(score, IndependenceScore.RepId) is { } rep && score.Contains(IndependenceScore.Score))
                {
                    rep.Scores[score.GetAttributeValue<DateTime>(IndependenceScore.WeekStart).Date] = Convert.ToInt32(score[IndependenceScore.Score], CultureInfo.InvariantCulture);
                }
            }

            Weeks = WeeksPlayed(Play.Scenario.Start, Play.Clock.UtcNow);

            var sessions = new List<SessionInfo>();
            foreach (var session in org.Rows(CoachingSession.EntityName))
            {
                if (RepOf(session, CoachingSession.RepId) is not { } rep)
                {
                    continue;
                }

                var status = session.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value ?? 0;
                var info = new SessionInfo(rep, status,
                    session.GetAttributeValue<OptionSetValue>(CoachingSession.Trigger)?.Value,
                    session.GetAttributeValue<DateTime?>(CoachingSession.ScheduledStart),
                    session.GetAttributeValue<string>(CoachingSession.Agenda) ?? string.Empty,
                    session.GetAttributeValue<string>(CoachingSession.SkipReason));
                rep.Sessions.Add(info);
                sessions.Add(info);
            }

            SampleAgendas = sessions.Where(s => s.Agenda.Length > 0)
                .GroupBy(s => managers.First(m => m.Reps.Contains(s.Rep)).Key)
                .Select(group => group.Where(s => s.Agenda.Split('\n').Length >= 8).OrderBy(s => s.ScheduledStart).FirstOrDefault()
                    ?? group.OrderByDescending(s => s.Agenda.Length).First())
                .Take(2).ToList();

            foreach (var request in org.Rows(HelpRequest.EntityName))
            {
                if (RepOf(request, HelpRequest.OwnerId) is not { } rep)
                {
                    continue;
                }

                var help = rep.Help;
                help.Filed++;
                var disposition = request.GetAttributeValue<OptionSetValue>(HelpRequest.Disposition)?.Value;
                if (request.GetAttributeValue<OptionSetValue>(HelpRequest.Urgency)?.Value == HelpRequest.UrgencyOption.Urgent) help.Urgent++;
                if (request.GetAttributeValue<DateTime?>(HelpRequest.RespondAfter) != null) help.Held++;
                if (request.GetAttributeValue<EntityReference>(HelpRequest.CoachingSessionId) != null) help.Parked++;
                if (disposition == HelpRequest.DispositionOption.YoursToDecide) help.YoursToDecide++;
                if (request.GetAttributeValue<int?>(HelpRequest.ResponseMinutes) is { } minutes && disposition != HelpRequest.DispositionOption.YoursToDecide)
                {
                    help.Answered++;
                    help.ResponseMinutes.Add(minutes);
                }
            }

            var dealOwner = Play.Scenario.Deals.ToDictionary(deal => deal.Key, deal => deal.Owner);
            foreach (var refusal in Play.Refusals)
            {
                var dealKey = refusal.Event switch
                {
                    MoveStageEvent move => move.Deal,
                    CloseDealEvent close when close.Won => close.Deal,
                    EditDealEvent edit when edit.Stage.HasValue => edit.Deal,
                    _ => null,
                };
                if (dealKey != null && reps.Values.FirstOrDefault(r => r.Key == dealOwner[dealKey]) is { } rep)
                {
                    rep.StageMovesRefused++;
                }
            }

            var policies = new[] { Play.Scenario.PolicyJson }.Concat(Play.Scenario.Timeline.OfType<PolicyEvent>().Select(p => p.PolicyJson)).Where(p => p != null).ToList();
            Mode = string.Join(" → ", policies.Select(p => p!.Contains("enforce", StringComparison.Ordinal) ? "enforce" : "observe").Distinct());
            if (Mode.Length == 0) Mode = "observe";
            Managers = managers;
        }

        private static IReadOnlyList<DateTime> WeeksPlayed(DateTime start, DateTime end)
        {
            var weeks = new List<DateTime>();
            for (var week = IndependenceScoring.WeekStart(start); week <= end; week = week.AddDays(7))
            {
                weeks.Add(week.Date);
            }

            return weeks;
        }
    }

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

        /// <summary>Signals attributed to this manager (their ManagerId), by kind.</summary>
        public SignalCounts Signals { get; } = new();
    }

    public sealed class RepReport
    {
        public RepReport(string key, string name, Guid id)
        {
            Key = key;
            Name = name;
            Id = id;
        }

        public string Key { get; }

        public string Name { get; }

        public Guid Id { get; }

        public SignalCounts Signals { get; } = new();

        /// <summary>The weekly score rows: week start → score (0–100). Weeks without a row are absent.</summary>
        public SortedDictionary<DateTime, int> Scores { get; } = new();

        /// <summary>
        /// The rep's score in a week: the stored row's, or 100 when the week has none (a row is written with the first
        /// signal of the week, so no row means nothing took points off: a quiet week is a good week).
        /// </summary>
        public int ScoreIn(DateTime weekStart) => Scores.TryGetValue(weekStart.Date, out var score) ? score : IndependenceScoring.Maximum;

        public List<SessionInfo> Sessions { get; } = new();

        public HelpStats Help { get; } = new();

        public int StageMovesRefused { get; set; }

        public int StageGateFlags => Signals[SignalKind.StageGateBlocked];

        public int SessionsWith(int status) => Sessions.Count(s => s.Status == status);
    }

    public sealed record SessionInfo(RepReport Rep, int Status, int? Trigger, DateTime? ScheduledStart, string Agenda, string? SkipReason);

    public sealed class HelpStats
    {
        public int Filed { get; set; }

        public int Urgent { get; set; }

        /// <summary>Requests given a respond-after time (held for the delay).</summary>
        public int Held { get; set; }

        public int Parked { get; set; }

        public int Answered { get; set; }

        public int YoursToDecide { get; set; }

        public List<int> ResponseMinutes { get; } = new();

        public string MedianMinutes => ResponseMinutes.Count == 0 ? "–" : ResponseMinutes.OrderBy(m => m).ElementAt(ResponseMinutes.Count / 2).ToString(CultureInfo.InvariantCulture);
    }

    public sealed class SignalCounts
    {
        private readonly Dictionary<SignalKind, int> counts = new();

        public int this[SignalKind kind] => counts.TryGetValue(kind, out var count) ? count : 0;

        public int Total => counts.Values.Sum();

        public void Increment(SignalKind kind) => counts[kind] = this[kind] + 1;

        public IEnumerable<(SignalKind Kind, int Count)> NonZero => DemoReport.Kinds.Where(kind => this[kind] > 0).Select(kind => (kind, this[kind]));
    }
}
