using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Demo.Playing;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Scoring;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Demo.Reporting
{
    /// <summary>
    /// What the org holds after a play, per manager and rep, read from the rows the plugins wrote (signals, weekly
    /// scores, coaching sessions and topics, help requests, deals' approval status, the policy value) and from what
    /// the client saw (refusals). Nothing here is computed from the scenario's intentions: zero means the plugins
    /// recorded nothing. The scenario gives only the cast (who is a manager, who a rep) and the days played.
    /// </summary>
    public sealed class DemoReport
    {
        private DemoReport(PlayResult play) => Play = play;

        public PlayResult Play { get; }

        public IReadOnlyList<ManagerReport> Managers { get; private set; } = Array.Empty<ManagerReport>();

        /// <summary>Every signal kind the suite knows, in the order of its option values.</summary>
        public static IReadOnlyList<SignalKind> Kinds { get; } = Enum.GetValues<SignalKind>().OrderBy(kind => (int)kind).ToList();

        /// <summary>
        /// What a manager (or someone above them) did in a rep's work: stepping into deals, overriding the rep's
        /// decision, answering inside the response delay, skipping the rep's coaching.
        /// </summary>
        public static IReadOnlyList<SignalKind> ManagerKinds { get; } = Kinds.Where(kind => !IsRepsOwn(kind)).ToList();

        /// <summary>What the rep did themselves: a stage gate missed, a decision of their own escalated, a win beyond their authority without approval.</summary>
        public static IReadOnlyList<SignalKind> RepKinds { get; } = Kinds.Where(IsRepsOwn).ToList();

        public int SignalCount { get; private set; }

        public int ScoreRows { get; private set; }

        public int SessionCount { get; private set; }

        public int HelpRequestCount { get; private set; }

        /// <summary>Every week (its Monday, as the score rows count weeks) from the scenario's start to the end of the play.</summary>
        public IReadOnlyList<DateTime> Weeks { get; private set; } = Array.Empty<DateTime>();

        /// <summary>Up to two agendas, one per manager: each manager's first session with a full agenda (at least 8 lines).</summary>
        public IReadOnlyList<SessionInfo> SampleAgendas { get; private set; } = Array.Empty<SessionInfo>();

        /// <summary>The policy the org held at the end of the play (the defaults where a field is left out).</summary>
        public SuitePolicy Policy { get; private set; } = SuitePolicy.Default;

        /// <summary>When the org's policy first said enforce; null when it never did.</summary>
        public DateTime? EnforcedFrom { get; private set; }

        /// <summary>The start of the play (the scenario's day 0) and its end (the clock after the last event).</summary>
        public DateTime From => Play.Scenario.Start;

        public DateTime To => Play.Clock.UtcNow;

        /// <summary>"observe" or "enforce" throughout, or "observe → enforce".</summary>
        public string Mode => EnforcedFrom == null ? "observe" : EnforcedFrom <= From ? "enforce" : "observe → enforce";

        /// <summary>The kind as the plugins word it (<see cref="SignalKinds.Label"/>), capitalised for a chart or a table row.</summary>
        public static string Label(SignalKind kind) => SignalKinds.Label(kind) is { Length: > 0 } text
            ? char.ToUpperInvariant(text[0]) + text[1..]
            : kind.ToString();

        public static bool IsRepsOwn(SignalKind kind) =>
            kind is SignalKind.StageGateBlocked or SignalKind.UnnecessaryEscalation or SignalKind.WonWithoutApproval;

        public static DemoReport Build(PlayResult play)
        {
            var report = new DemoReport(play);
            report.Read();
            return report;
        }

        private void Read()
        {
            ReadPolicy();
            var org = new OrgReader(Play);
            Managers = org.Teams;
            Weeks = WeeksPlayed(From, To);
            SignalCount = org.Signals.Count;
            ScoreRows = org.Count(IndependenceScore.EntityName);
            HelpRequestCount = org.HelpRequests.Count;

            org.ReadSignals();
            org.ReadScores();
            org.ReadSessions(From, To, Policy.CoachingOverdueDays);
            SessionCount = org.Count(Plugins.Schema.CoachingSession.EntityName);
            org.ReadManagerWeeks();
            org.ReadResponseMinutes();
            org.ReadApprovals();
            org.ReadRefusals(EnforcedFrom);
            org.ReadGateSignals(EnforcedFrom);

            SampleAgendas = org.Sessions.Values.Where(s => s.Agenda.Length > 0)
                .GroupBy(s => s.Rep.Manager)
                .Select(group => group.Where(s => s.Agenda.Split('\n').Length >= 8).OrderBy(s => s.ScheduledStart).FirstOrDefault()
                    ?? group.OrderByDescending(s => s.Agenda.Length).First())
                .Take(2).ToList();
        }

        /// <summary>The org's policy rows as they were stored during the play: the last one's settings, and when enforce began.</summary>
        private void ReadPolicy()
        {
            var changes = Play.PolicyChanges;
            if (changes.Count > 0 && PolicyParser.Parse(changes[^1].Json).Policy is { } policy)
            {
                Policy = policy;
            }

            var firstEnforce = changes.FirstOrDefault(change => PolicyParser.Parse(change.Json).Policy?.Mode == EnforcementMode.Enforce);
            EnforcedFrom = firstEnforce == null ? null : firstEnforce.At < From ? From : firstEnforce.At;
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

        /// <summary>Reads the org's rows once, attributing each to its team and rep.</summary>
        private sealed class OrgReader
        {
            private readonly PlayResult play;
            private readonly Dictionary<Guid, RepReport> reps = new();
            private readonly Dictionary<Guid, ManagerReport> managers = new();
            private readonly Dictionary<string, RepReport> repsByKey = new(StringComparer.Ordinal);
            private readonly Dictionary<Guid, SignalKind> signalKinds = new();

            public OrgReader(PlayResult play)
            {
                this.play = play;
                var scenarioUsers = play.Scenario.Users;
                bool IsRep(string key) => !scenarioUsers.Any(other => other.Manager == key);
                var teams = new List<ManagerReport>();
                foreach (var managerKey in scenarioUsers.Where(u => u.Manager != null && IsRep(u.Key)).Select(u => u.Manager!).Distinct())
                {
                    var user = scenarioUsers.First(u => u.Key == managerKey);
                    var manager = new ManagerReport(managerKey, user.Name, play.Users[managerKey].Id);
                    foreach (var rep in scenarioUsers.Where(u => u.Manager == managerKey && IsRep(u.Key)))
                    {
                        var row = new RepReport(rep.Key, rep.Name, play.Users[rep.Key].Id, manager);
                        manager.Reps.Add(row);
                        reps[row.Id] = row;
                        repsByKey[row.Key] = row;
                    }

                    teams.Add(manager);
                    managers[manager.Id] = manager;
                }

                Teams = teams;
                Signals = play.Org.Rows(DependencySignal.EntityName);
                HelpRequests = play.Org.Rows(HelpRequest.EntityName);
            }

            public IReadOnlyList<ManagerReport> Teams { get; }

            public IReadOnlyList<Entity> Signals { get; }

            public IReadOnlyList<Entity> HelpRequests { get; }

            public Dictionary<Guid, SessionInfo> Sessions { get; } = new();

            public int Count(string table) => play.Org.Rows(table).Count;

            public void ReadSignals()
            {
                foreach (var signal in Signals)
                {
                    var kind = (SignalKind)(signal.GetAttributeValue<OptionSetValue>(DependencySignal.Kind)?.Value ?? 0);
                    signalKinds[signal.Id] = kind;
                    var rep = RepOf(signal, DependencySignal.RepId);
                    rep?.Signals.Increment(kind);
                    if (ManagerOf(signal, DependencySignal.ManagerId) is { } manager)
                    {
                        manager.Signals.Increment(kind);
                    }
                    else if (rep != null)
                    {
                        // A signal without a team manager (a stage gate the rep hit; someone higher up): counted for the rep's manager.
                        rep.Manager.Signals.Increment(kind);
                    }
                }
            }

            public void ReadScores()
            {
                foreach (var score in play.Org.Rows(IndependenceScore.EntityName))
                {
                    if (RepOf(score, IndependenceScore.RepId) is { } rep && score.Contains(IndependenceScore.Score))
                    {
                        rep.Scores[score.GetAttributeValue<DateTime>(IndependenceScore.WeekStart).Date] = Convert.ToInt32(score[IndependenceScore.Score], CultureInfo.InvariantCulture);
                    }
                }
            }

            /// <summary>
            /// Sessions by status; the stretches over <paramref name="overdueDays"/> a rep went without a held session
            /// (from the start, between held sessions, to the end; a session is held when its row is saved as held, its
            /// modified-on); and each rep's next planned session with its open topics.
            /// </summary>
            public void ReadSessions(DateTime from, DateTime to, int overdueDays)
            {
                foreach (var row in play.Org.Rows(CoachingSession.EntityName))
                {
                    if (RepOf(row, CoachingSession.RepId) is not { } rep)
                    {
                        continue;
                    }

                    var session = new SessionInfo(
                        rep,
                        row.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value ?? 0,
                        row.GetAttributeValue<OptionSetValue>(CoachingSession.Trigger)?.Value,
                        row.GetAttributeValue<DateTime?>(CoachingSession.ScheduledStart),
                        row.GetAttributeValue<string>(CoachingSession.Agenda) ?? string.Empty,
                        row.GetAttributeValue<string>(CoachingSession.SkipReason))
                    {
                        ManagerName = row.GetAttributeValue<EntityReference>(CoachingSession.ManagerId) is { } manager
                            ? manager.Name ?? (managers.TryGetValue(manager.Id, out var known) ? known.Name : null)
                            : null,
                        HeldOn = row.GetAttributeValue<DateTime?>("modifiedon"),
                    };
                    Sessions[row.Id] = session;
                    rep.Sessions.Add(session);
                }

                foreach (var rep in reps.Values)
                {
                    var held = rep.Sessions.Where(s => s.Status == CoachingSession.SessionStatusOption.Held && s.HeldOn != null).Select(s => s.HeldOn!.Value).OrderBy(at => at);
                    var moments = new[] { from }.Concat(held).Append(to).ToList();
                    rep.OverdueStretches = moments.Zip(moments.Skip(1), (earlier, later) => later - earlier).Count(gap => gap > TimeSpan.FromDays(overdueDays));
                    rep.Manager.Habits.OverdueStretches += rep.OverdueStretches;
                }

                foreach (var topic in play.Org.Rows(CoachingTopic.EntityName))
                {
                    if (topic.GetAttributeValue<EntityReference>(CoachingTopic.CoachingSessionId) is { } link && Sessions.TryGetValue(link.Id, out var session)
                        && !topic.GetAttributeValue<bool>(CoachingTopic.Resolved))
                    {
                        session.OpenTopics.Add(TopicOf(topic));
                    }
                }

                foreach (var rep in reps.Values)
                {
                    rep.NextSession = rep.Sessions.Where(s => s.Status == CoachingSession.SessionStatusOption.Planned)
                        .OrderBy(s => s.ScheduledStart ?? DateTime.MaxValue).FirstOrDefault();
                }
            }

            /// <summary>
            /// The manager's mirror: each manager's weeks (cri_managerweek, the Manager's Week in Dynamics) summed over
            /// the play — answers, answers inside the delay, sent back as yours to decide, interventions, overrides,
            /// the team's stage-gate blocks, sessions held and skipped, overdue coaching.
            /// </summary>
            public void ReadManagerWeeks()
            {
                foreach (var week in play.Org.Rows(ManagerWeekTable.EntityName))
                {
                    if (ManagerOf(week, ManagerWeekTable.ManagerId) is not { } manager)
                    {
                        continue;
                    }

                    int Figure(string column) => week.GetAttributeValue<int?>(column) ?? 0;
                    var habits = manager.Habits;
                    habits.NonUrgentAnswered += Figure(ManagerWeekTable.Answered);
                    habits.AnsweredInsideDelay += Figure(ManagerWeekTable.AnsweredInsideDelay);
                    habits.YoursToDecide += Figure(ManagerWeekTable.YoursToDecide);
                    habits.Interventions += Figure(ManagerWeekTable.Interventions);
                    habits.Overrides += Figure(ManagerWeekTable.Overrides);
                    habits.TeamGateBlocks += Figure(ManagerWeekTable.TeamGateBlocks);
                    habits.SessionsHeld += Figure(ManagerWeekTable.SessionsHeld);
                    habits.SessionsSkipped += Figure(ManagerWeekTable.SessionsSkipped);
                    habits.OverdueCoaching += Figure(ManagerWeekTable.CoachingOverdue);
                }
            }

            /// <summary>The minutes of the non-urgent answers of each manager (for the median over the whole play), from the help requests addressed to them.</summary>
            public void ReadResponseMinutes()
            {
                foreach (var request in HelpRequests)
                {
                    var manager = ManagerOf(request, HelpRequest.ManagerAddressedId) ?? RepOf(request, HelpRequest.OwnerId)?.Manager;
                    if (manager == null
                        || request.GetAttributeValue<OptionSetValue>(HelpRequest.Disposition)?.Value == HelpRequest.DispositionOption.YoursToDecide
                        || request.GetAttributeValue<OptionSetValue>(HelpRequest.Urgency)?.Value == HelpRequest.UrgencyOption.Urgent
                        || request.GetAttributeValue<DateTime?>(HelpRequest.RespondedOn) == null)
                    {
                        continue;
                    }

                    if (request.GetAttributeValue<int?>(HelpRequest.ResponseMinutes) is { } minutes)
                    {
                        manager.Habits.ResponseMinutes.Add(minutes);
                    }
                }
            }

            /// <summary>Decision authority: the team's deals whose approval status says they needed one, and the approvals the manager gave.</summary>
            public void ReadApprovals()
            {
                foreach (var deal in play.Org.Rows(Opportunity.EntityName))
                {
                    var status = deal.GetAttributeValue<OptionSetValue>(Opportunity.ApprovalStatus)?.Value;
                    if (status is not (Opportunity.ApprovalStatusOption.Required or Opportunity.ApprovalStatusOption.Approved or Opportunity.ApprovalStatusOption.Rejected))
                    {
                        continue;
                    }

                    var team = TeamOfOwner(deal);
                    if (team != null)
                    {
                        team.Habits.ApprovalsNeeded++;
                    }

                    if (status == Opportunity.ApprovalStatusOption.Approved && ManagerOf(deal, Opportunity.ApprovedById) is { } approver)
                    {
                        approver.Habits.ApprovalsGiven++;
                    }
                }
            }

            /// <summary>
            /// What the client saw refused: incomplete help requests (and whether the rep filed a complete one on the same
            /// deal, with the same subject, within two days), skips without a reason or new date, and stage moves stopped at a gate (by the stage
            /// whose exit criteria the message names, after enforcement began).
            /// </summary>
            public void ReadRefusals(DateTime? enforcedFrom)
            {
                var requirements = Requirements();
                var filed = HelpRequests.Select(row => (Row: row, Owner: row.GetAttributeValue<EntityReference>(HelpRequest.OwnerId)?.Id,
                    Subject: row.GetAttributeValue<string>(HelpRequest.PrimaryName),
                    Deal: row.GetAttributeValue<EntityReference>(HelpRequest.RegardingObjectId)?.Id, At: row.GetAttributeValue<DateTime>(HelpRequest.CreatedOn))).ToList();
                var completions = new HashSet<Guid>();
                foreach (var refusal in play.Refusals)
                {
                    switch (refusal.Event)
                    {
                        case Scenarios.HelpRequestEvent request when repsByKey.TryGetValue(request.By, out var rep):
                            rep.Manager.Habits.RefusedIncomplete++;
                            Guid? deal = request.Deal == null ? null : play.Deals[request.Deal];
                            var completed = filed.Where(f => f.Owner == rep.Id && f.Deal == deal && f.Subject == request.Subject && f.At > refusal.Event.At && f.At <= refusal.Event.At.AddDays(2) && !completions.Contains(f.Row.Id))
                                .OrderBy(f => f.At).FirstOrDefault();
                            if (completed.Row != null)
                            {
                                completions.Add(completed.Row.Id);
                                rep.Manager.Habits.CompletedLater++;
                            }

                            break;
                        case Scenarios.CoachingEvent coaching when repsByKey.TryGetValue(coaching.Rep, out var coached):
                            coached.Manager.Habits.SkipsRefused++;
                            break;
                        case Scenarios.MoveStageEvent or Scenarios.CloseDealEvent or Scenarios.EditDealEvent:
                            var dealKey = refusal.Event switch
                            {
                                Scenarios.MoveStageEvent move => move.Deal,
                                Scenarios.CloseDealEvent close => close.Deal,
                                Scenarios.EditDealEvent edit => edit.Deal,
                                _ => null,
                            };
                            var gate = requirements.FirstOrDefault(requirement => refusal.Message.Contains(requirement.Message, StringComparison.Ordinal));
                            var refusedDeal = gate.Message == null || dealKey == null ? null : play.Org.Read(Opportunity.EntityName, play.Deals[dealKey]);
                            if (TeamOfOwner(refusedDeal) is { } team)
                            {
                                team.Habits.GateBlock(gate.Stage, after: enforcedFrom != null && refusal.Event.At >= enforcedFrom);
                                if (RepOf(refusedDeal!, Opportunity.OwnerId) is { } owning)
                                {
                                    owning.GatesRefused++;
                                }
                            }

                            break;
                    }
                }
            }

            /// <summary>Stage gates observe mode let through (signals), by the stage whose exit criteria were missing, before or after enforcement began.</summary>
            public void ReadGateSignals(DateTime? enforcedFrom)
            {
                var stages = Requirements().GroupBy(r => r.Message, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Stage, StringComparer.Ordinal);
                foreach (var signal in Signals.Where(s => signalKinds.TryGetValue(s.Id, out var kind) && kind == SignalKind.StageGateBlocked))
                {
                    if (RepOf(signal, DependencySignal.RepId) is not { } rep)
                    {
                        continue;
                    }

                    var gate = signal.GetAttributeValue<string>(DependencySignal.GateName) ?? string.Empty;
                    var stage = stages.TryGetValue(gate, out var known) ? known : -1;
                    var at = signal.GetAttributeValue<DateTime?>(DependencySignal.OccurredOn) ?? signal.GetAttributeValue<DateTime>(DependencySignal.CreatedOn);
                    rep.Manager.Habits.GateBlock(stage, after: enforcedFrom != null && at >= enforcedFrom);
                }
            }

            private List<(string Message, int Stage)> Requirements() => play.Org.Rows(StageRequirement.EntityName)
                .Select(row => (Message: row.GetAttributeValue<string>(StageRequirement.Message) ?? string.Empty, Stage: row.GetAttributeValue<OptionSetValue>(StageRequirement.Stage)?.Value ?? -1))
                .Where(requirement => requirement.Message.Length > 0)
                .ToList();

            /// <summary>What an open topic is about: a parked request, the kind of the signal it came from, a stage gate.</summary>
            private TopicKind TopicOf(Entity topic)
            {
                if (topic.GetAttributeValue<EntityReference>(CoachingTopic.HelpRequestId) != null)
                {
                    return TopicKind.ParkedRequest;
                }

                if (topic.GetAttributeValue<EntityReference>(CoachingTopic.DependencySignalId) is { } signal && signalKinds.TryGetValue(signal.Id, out var kind))
                {
                    return TopicKinds.Of(kind);
                }

                return topic.GetAttributeValue<OptionSetValue>(CoachingTopic.Source)?.Value == CoachingTopic.SourceOption.StageGateFailure ? TopicKind.StageGate : TopicKind.Other;
            }

            private ManagerReport? TeamOfOwner(Entity? deal)
            {
                if (deal?.GetAttributeValue<EntityReference>(Opportunity.OwnerId) is not { } owner)
                {
                    return null;
                }

                return reps.TryGetValue(owner.Id, out var rep) ? rep.Manager : managers.TryGetValue(owner.Id, out var manager) ? manager : null;
            }

            private RepReport? RepOf(Entity row, string column) =>
                row.GetAttributeValue<EntityReference>(column) is { } reference && reps.TryGetValue(reference.Id, out var rep) ? rep : null;

            private ManagerReport? ManagerOf(Entity row, string column) =>
                row.GetAttributeValue<EntityReference>(column) is { } reference && managers.TryGetValue(reference.Id, out var manager) ? manager : null;
        }
    }
}
