using System;

namespace CrmIndependence.Plugins.ManagersWeek
{
    /// <summary>What a manager did (or what happened in their team) that one figure of their week counts.</summary>
    public enum HabitEventKind
    {
        /// <summary>Habit 1, delay responding: the manager answered a non-urgent help request.</summary>
        AnsweredNonUrgent,

        /// <summary>Habit 2, ask for solutions: a request about a decision inside the rep's authority, sent back "yours to decide".</summary>
        YoursToDecide,

        /// <summary>Habit 3, decision authority: the manager edited the stage, value, probability, close date or discount of a rep's deal.</summary>
        DealEdit,

        /// <summary>The manager won or lost a rep's deal.</summary>
        DealClose,

        /// <summary>The manager assigned a rep's deal to themselves.</summary>
        DealTakeOver,

        /// <summary>The manager logged an email, call, task or appointment on a rep's deal.</summary>
        DealActivity,

        /// <summary>The manager changed a value the rep was entitled to decide.</summary>
        OverrideInsideAuthority,

        /// <summary>Habit 4, the process: a stage move or Win of one of the manager's reps missed the stage's exit criteria.</summary>
        TeamStageGateBlock,

        /// <summary>Habit 5, coaching: a session of the manager's was held.</summary>
        CoachingHeld,

        /// <summary>A session of the manager's was skipped.</summary>
        CoachingSkipped,

        /// <summary>The suite opened a session because one of the manager's reps went coachingOverdueDays without a held session.</summary>
        CoachingOverdue,
    }

    /// <summary>
    /// One event counted on a manager's week. <see cref="Key"/> names the source row (the signal, help request or
    /// session), so the same event applied twice — a retried system job — is counted once.
    /// </summary>
    public sealed class HabitEvent
    {
        public HabitEvent(HabitEventKind kind, Guid managerId, DateTime occurredOnUtc, string key)
        {
            if (managerId == Guid.Empty)
            {
                throw new ArgumentException("A manager's habit event needs the manager.", nameof(managerId));
            }

            if (string.IsNullOrWhiteSpace(key) || key.IndexOfAny(new[] { ';', '=' }) >= 0)
            {
                throw new ArgumentException("A habit event needs a key naming its source row, without ';' or '='.", nameof(key));
            }

            Kind = kind;
            ManagerId = managerId;
            OccurredOnUtc = DateTime.SpecifyKind(occurredOnUtc, DateTimeKind.Utc);
            Key = key;
        }

        public HabitEventKind Kind { get; }

        public Guid ManagerId { get; }

        public DateTime OccurredOnUtc { get; }

        public string Key { get; }

        /// <summary>For <see cref="HabitEventKind.AnsweredNonUrgent"/>: whole minutes from the request to the answer.</summary>
        public int ResponseMinutes { get; private set; }

        /// <summary>For <see cref="HabitEventKind.AnsweredNonUrgent"/>: answered before the request's respond-after time.</summary>
        public bool InsideDelay { get; private set; }

        /// <summary>An answer to a non-urgent request, <paramref name="minutes"/> after it was filed.</summary>
        public static HabitEvent Answer(Guid managerId, DateTime answeredOnUtc, string key, int minutes, bool insideDelay)
        {
            if (minutes < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "Response minutes cannot be negative.");
            }

            return new HabitEvent(HabitEventKind.AnsweredNonUrgent, managerId, answeredOnUtc, key) { ResponseMinutes = minutes, InsideDelay = insideDelay };
        }
    }
}
