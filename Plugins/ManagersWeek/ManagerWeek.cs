using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CrmIndependence.Plugins.Scoring;

namespace CrmIndependence.Plugins.ManagersWeek
{
    /// <summary>
    /// One row of <c>cri_managerweek</c>: a manager's week (Monday 00:00 UTC, alternate key manager + week start)
    /// as the five habits see it. Immutable; <see cref="Apply"/> adds ONE event and returns the new week. The row
    /// keeps the events it counted in its log (<see cref="Log"/>: the source row's key, and for an answer its time,
    /// minutes and whether it came inside the delay); every figure is computed from that log, so a figure can never
    /// drift from what was counted, and an event whose key is already in the log is not counted again.
    /// </summary>
    public sealed class ManagerWeek
    {
        private static readonly IReadOnlyDictionary<HabitEventKind, string> Codes = new Dictionary<HabitEventKind, string>
        {
            [HabitEventKind.AnsweredNonUrgent] = "a",
            [HabitEventKind.YoursToDecide] = "y",
            [HabitEventKind.DealEdit] = "e",
            [HabitEventKind.DealClose] = "c",
            [HabitEventKind.DealTakeOver] = "t",
            [HabitEventKind.DealActivity] = "v",
            [HabitEventKind.OverrideInsideAuthority] = "o",
            [HabitEventKind.TeamStageGateBlock] = "g",
            [HabitEventKind.CoachingHeld] = "h",
            [HabitEventKind.CoachingSkipped] = "s",
            [HabitEventKind.CoachingOverdue] = "d",
        };

        private readonly IReadOnlyList<Entry> _entries;

        private ManagerWeek(Guid managerId, DateTime weekStartUtc, IReadOnlyList<Entry> entries)
        {
            ManagerId = managerId;
            WeekStartUtc = weekStartUtc;
            _entries = entries;
        }

        public Guid ManagerId { get; }

        /// <summary>Monday 00:00 UTC (see <see cref="IndependenceScoring.WeekStart"/>).</summary>
        public DateTime WeekStartUtc { get; }

        /// <summary>Non-urgent help requests the manager answered this week.</summary>
        public int Answered => CountOf(HabitEventKind.AnsweredNonUrgent);

        /// <summary>Of those, answered before the request's respond-after time (a fast response).</summary>
        public int AnsweredInsideDelay => Answers.Count(answer => answer.InsideDelay);

        /// <summary>The share of the week's answers that came inside the delay, in whole percent; null without answers.</summary>
        public int? ShareInsideDelayPercent => Percent(AnsweredInsideDelay, Answered);

        /// <summary>The median of the week's response minutes (the mean of the two middle ones, rounded down, when even); null without answers.</summary>
        public int? MedianResponseMinutes
        {
            get
            {
                var minutes = Answers.Select(answer => answer.Minutes).OrderBy(value => value).ToArray();
                if (minutes.Length == 0)
                {
                    return null;
                }

                var middle = minutes.Length / 2;
                return minutes.Length % 2 == 1 ? minutes[middle] : (int)(((long)minutes[middle - 1] + minutes[middle]) / 2);
            }
        }

        /// <summary>Edits, closes, take-overs, activities on reps' deals and overrides inside a rep's authority.</summary>
        public int Interventions =>
            CountOf(HabitEventKind.DealEdit) + CountOf(HabitEventKind.DealClose) + CountOf(HabitEventKind.DealTakeOver) +
            CountOf(HabitEventKind.DealActivity) + CountOf(HabitEventKind.OverrideInsideAuthority);

        /// <summary>The week's answers to non-urgent requests, in the order they were counted.</summary>
        public IEnumerable<CountedAnswer> Answers => _entries.Where(entry => entry.Answer != null).Select(entry => entry.Answer!);

        /// <summary>The counted events, one <c>code:key</c> entry each (answers with <c>=time,minutes,f|s</c>), separated by ';'.</summary>
        public string Log => string.Join(";", _entries.Select(entry => entry.Text));

        public static ManagerWeek Empty(Guid managerId, DateTime anyTimeInWeek)
        {
            RequireManager(managerId);
            return new ManagerWeek(managerId, IndependenceScoring.WeekStart(anyTimeInWeek), new Entry[0]);
        }

        /// <summary>The week as stored: its log read back. An entry that cannot be read is a fault of the row, reported with the entry.</summary>
        public static ManagerWeek FromLog(Guid managerId, DateTime weekStartUtc, string? log)
        {
            RequireManager(managerId);
            if (!IndependenceScoring.IsWeekStart(weekStartUtc))
            {
                throw new ArgumentException($"A manager's week must start on a Monday at 00:00 UTC; {weekStartUtc:u} does not.", nameof(weekStartUtc));
            }

            var entries = new List<Entry>();
            foreach (var text in (log ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                entries.Add(Entry.Parse(text));
            }

            return new ManagerWeek(managerId, IndependenceScoring.WeekStart(weekStartUtc), entries);
        }

        public int CountOf(HabitEventKind kind) => _entries.Count(entry => entry.Kind == kind);

        /// <summary>True when an event with this key was counted on the week.</summary>
        public bool Counted(string key) => _entries.Any(entry => entry.Key == key);

        /// <summary>The week with one more event; the same week when the event's key was already counted.</summary>
        public ManagerWeek Apply(HabitEvent habitEvent)
        {
            if (habitEvent == null)
            {
                throw new ArgumentNullException(nameof(habitEvent));
            }

            if (habitEvent.ManagerId != ManagerId)
            {
                throw new ArgumentException($"The event is about manager {habitEvent.ManagerId}, but this week is manager {ManagerId}'s.", nameof(habitEvent));
            }

            if (IndependenceScoring.WeekStart(habitEvent.OccurredOnUtc) != WeekStartUtc)
            {
                throw new ArgumentException(
                    $"The event occurred on {habitEvent.OccurredOnUtc:u}, outside the week starting {WeekStartUtc:u}; apply it to the row of its own week.",
                    nameof(habitEvent));
            }

            if (Counted(habitEvent.Key))
            {
                return this;
            }

            var entry = habitEvent.Kind == HabitEventKind.AnsweredNonUrgent
                ? new Entry(habitEvent.Kind, habitEvent.Key, new CountedAnswer(habitEvent.OccurredOnUtc, habitEvent.ResponseMinutes, habitEvent.InsideDelay))
                : new Entry(habitEvent.Kind, habitEvent.Key, null);
            return new ManagerWeek(ManagerId, WeekStartUtc, _entries.Concat(new[] { entry }).ToArray());
        }

        /// <summary>The week without the event counted under <paramref name="key"/> (its source row was deleted); the same week when nothing was counted under it.</summary>
        public ManagerWeek Without(string key) =>
            Counted(key) ? new ManagerWeek(ManagerId, WeekStartUtc, _entries.Where(entry => entry.Key != key).ToArray()) : this;

        internal static int? Percent(int part, int whole) => whole == 0 ? (int?)null : (int)Math.Round(100m * part / whole, MidpointRounding.AwayFromZero);

        private static void RequireManager(Guid managerId)
        {
            if (managerId == Guid.Empty)
            {
                throw new ArgumentException("A manager's week needs its manager.", nameof(managerId));
            }
        }

        private sealed class Entry
        {
            public Entry(HabitEventKind kind, string key, CountedAnswer? answer)
            {
                Kind = kind;
                Key = key;
                Answer = answer;
            }

            public HabitEventKind Kind { get; }

            public string Key { get; }

            public CountedAnswer? Answer { get; }

            public string Text
            {
                get
                {
                    var text = new StringBuilder(Codes[Kind]).Append(':').Append(Key);
                    if (Answer != null)
                    {
                        text.Append('=').Append(Answer.AnsweredOnUtc.ToString("yyyyMMddTHHmm", CultureInfo.InvariantCulture))
                            .Append(',').Append(Answer.Minutes.ToString(CultureInfo.InvariantCulture))
                            .Append(',').Append(Answer.InsideDelay ? 'f' : 's');
                    }

                    return text.ToString();
                }
            }

            public static Entry Parse(string text)
            {
                var colon = text.IndexOf(':');
                var code = colon > 0 ? text.Substring(0, colon) : string.Empty;
                var kind = Codes.Where(pair => pair.Value == code).Select(pair => (HabitEventKind?)pair.Key).FirstOrDefault();
                if (kind == null)
                {
                    throw new FormatException($"The manager's week log has an entry of no known kind: \"{text}\".");
                }

                var rest = text.Substring(colon + 1);
                if (kind != HabitEventKind.AnsweredNonUrgent)
                {
                    return new Entry(kind.Value, rest, null);
                }

                var equals = rest.IndexOf('=');
                var parts = equals < 0 ? new string[0] : rest.Substring(equals + 1).Split(',');
                if (parts.Length != 3
                    || !DateTime.TryParseExact(parts[0], "yyyyMMddTHHmm", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var answeredOn)
                    || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
                    || (parts[2] != "f" && parts[2] != "s"))
                {
                    throw new FormatException($"The manager's week log has an answer it cannot read: \"{text}\" (expected a:key=yyyyMMddTHHmm,minutes,f|s).");
                }

                return new Entry(kind.Value, rest.Substring(0, equals), new CountedAnswer(DateTime.SpecifyKind(answeredOn, DateTimeKind.Utc), minutes, parts[2] == "f"));
            }
        }
    }

    /// <summary>One answer counted on a manager's week.</summary>
    public sealed class CountedAnswer
    {
        public CountedAnswer(DateTime answeredOnUtc, int minutes, bool insideDelay)
        {
            AnsweredOnUtc = answeredOnUtc;
            Minutes = minutes;
            InsideDelay = insideDelay;
        }

        public DateTime AnsweredOnUtc { get; }

        public int Minutes { get; }

        public bool InsideDelay { get; }
    }
}
