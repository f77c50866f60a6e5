using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Scoring
{
    /// <summary>
    /// One row of <c>cri_independencescore</c>: a rep's week (alternate key rep + week start), the number of
    /// signals of each kind, the points they cost and the score. Immutable; <see cref="Apply"/> adds ONE signal to
    /// the previous row and returns the new row, <see cref="Remove"/> takes one off: no history is read. Apply a
    /// signal only once: the score step saves the row with optimistic concurrency (row version) together with the
    /// signal's "counted" mark, retrying from a fresh read on conflict, so no increment is lost or counted twice.
    /// </summary>
    public sealed class WeeklyScore
    {
        private readonly IReadOnlyDictionary<SignalKind, int> _counts;

        private WeeklyScore(Guid repId, DateTime weekStartUtc, IDictionary<SignalKind, int> counts, int points)
        {
            RepId = repId;
            WeekStartUtc = weekStartUtc;
            _counts = new ReadOnlyDictionary<SignalKind, int>(counts);
            Points = points;
        }

        public Guid RepId { get; }

        /// <summary>Monday 00:00 UTC of the week (see <see cref="IndependenceScoring.WeekStart"/>).</summary>
        public DateTime WeekStartUtc { get; }

        /// <summary>The sum of the weights of the week's signals, not capped (the score is).</summary>
        public int Points { get; }

        /// <summary>0–100; see <see cref="IndependenceScoring"/>.</summary>
        public int Score => IndependenceScoring.FromPoints(Points);

        /// <summary>Every kind with its count this week (zero included), in option-value order.</summary>
        public IReadOnlyDictionary<SignalKind, int> Counts => _counts;

        public int TotalSignals => _counts.Values.Sum();

        /// <summary>A fresh week: no signals, 0 points, score 100. <paramref name="anyTimeInWeek"/> may be any moment of the week.</summary>
        public static WeeklyScore Empty(Guid repId, DateTime anyTimeInWeek)
        {
            RequireRep(repId);
            return new WeeklyScore(repId, IndependenceScoring.WeekStart(anyTimeInWeek), SignalKinds.All.ToDictionary(kind => kind, kind => 0), 0);
        }

        /// <summary>
        /// The row as stored. Kinds missing from <paramref name="counts"/> (empty columns) count 0. The score is
        /// recomputed from <paramref name="points"/>, so a stale stored score heals on the next signal.
        /// </summary>
        public static WeeklyScore FromStored(Guid repId, DateTime weekStartUtc, IReadOnlyDictionary<SignalKind, int> counts, int points)
        {
            RequireRep(repId);
            if (counts == null)
            {
                throw new ArgumentNullException(nameof(counts));
            }

            if (!IndependenceScoring.IsWeekStart(weekStartUtc))
            {
                throw new ArgumentException($"A score row's week must start on a Monday at 00:00 UTC; {weekStartUtc:u} does not.", nameof(weekStartUtc));
            }

            if (points < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(points), points, "A score row's points cannot be negative.");
            }

            var all = new Dictionary<SignalKind, int>();
            foreach (var kind in SignalKinds.All)
            {
                var count = counts.TryGetValue(kind, out var stored) ? stored : 0;
                if (count < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(counts), count, $"The count of {SignalKinds.Label(kind)} signals cannot be negative.");
                }

                all.Add(kind, count);
            }

            return new WeeklyScore(repId, IndependenceScoring.WeekStart(weekStartUtc), all, points);
        }

        /// <summary>
        /// The row as stored when it keeps only the counts: the points are the counts times each kind's default
        /// weight (<see cref="SignalKinds.DefaultWeight"/>), which is exact as long as signals use the default weights.
        /// </summary>
        public static WeeklyScore FromStored(Guid repId, DateTime weekStartUtc, IReadOnlyDictionary<SignalKind, int> counts)
        {
            if (counts == null)
            {
                throw new ArgumentNullException(nameof(counts));
            }

            var points = counts.Where(pair => pair.Value > 0).Sum(pair => (long)pair.Value * SignalKinds.DefaultWeight(pair.Key));
            return FromStored(repId, weekStartUtc, counts, Saturate(points));
        }

        public int CountOf(SignalKind kind) => _counts.TryGetValue(kind, out var count) ? count : 0;

        /// <summary>The row after one more signal: its kind's count plus one, its weight added to the points.</summary>
        public WeeklyScore Apply(Signal signal)
        {
            RequireOwnWeek(signal);

            var counts = new Dictionary<SignalKind, int>();
            foreach (var pair in _counts)
            {
                counts.Add(pair.Key, pair.Key == signal.Kind ? Saturate((long)pair.Value + 1) : pair.Value);
            }

            return new WeeklyScore(RepId, WeekStartUtc, counts, Saturate((long)Points + signal.Weight));
        }

        /// <summary>
        /// The row without one signal it counted (the signal was deleted): its kind's count minus one and its weight off the
        /// points, neither below 0. A row that counts no signal of that kind is returned unchanged.
        /// </summary>
        public WeeklyScore Remove(Signal signal)
        {
            RequireOwnWeek(signal);
            if (CountOf(signal.Kind) == 0)
            {
                return this;
            }

            var counts = new Dictionary<SignalKind, int>();
            foreach (var pair in _counts)
            {
                counts.Add(pair.Key, pair.Key == signal.Kind ? pair.Value - 1 : pair.Value);
            }

            return new WeeklyScore(RepId, WeekStartUtc, counts, Math.Max(0, Points - signal.Weight));
        }

        /// <summary>True when the score is below the policy's dependency threshold: the row's Dependent flag ("below the independence threshold").</summary>
        public bool IsDependent(SuitePolicy policy) => (policy ?? throw new ArgumentNullException(nameof(policy))).IsDependent(Score);

        private void RequireOwnWeek(Signal signal)
        {
            if (signal == null)
            {
                throw new ArgumentNullException(nameof(signal));
            }

            if (signal.RepId != RepId)
            {
                throw new ArgumentException($"The signal is about rep {signal.RepId}, but this score row is rep {RepId}'s.", nameof(signal));
            }

            if (IndependenceScoring.WeekStart(signal.OccurredOnUtc) != WeekStartUtc)
            {
                throw new ArgumentException(
                    $"The signal occurred on {signal.OccurredOnUtc:u}, outside the week starting {WeekStartUtc:u}; apply it to the row of its own week.",
                    nameof(signal));
            }
        }

        private static int Saturate(long value) => value > int.MaxValue ? int.MaxValue : (int)value;

        private static void RequireRep(Guid repId)
        {
            if (repId == Guid.Empty)
            {
                throw new ArgumentException("A score row needs its rep.", nameof(repId));
            }
        }
    }
}
