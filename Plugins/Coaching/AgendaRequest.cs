using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>What <see cref="AgendaWriter"/> needs to write a session's agenda.</summary>
    public sealed record AgendaRequest
    {
        /// <summary>The default longest agenda, in characters; items past it are summarised in one closing line.</summary>
        public const int DefaultMaximumLength = 10000;

        private readonly int _durationMinutes = CoachingSchedule.DefaultDurationMinutes;
        private readonly int _maximumLength = DefaultMaximumLength;

        public AgendaRequest(string repName, DateTime scheduledStartUtc, IReadOnlyList<AgendaTopic> topics)
        {
            RepName = repName ?? string.Empty;
            ScheduledStartUtc = UtcTime.Normalize(scheduledStartUtc);
            Topics = topics ?? throw new ArgumentNullException(nameof(topics));
        }

        /// <summary>The rep's full name.</summary>
        public string RepName { get; }

        /// <summary>The rep's first name, for the opening line; the first word of <see cref="RepName"/> when absent.</summary>
        public string? RepFirstName { get; init; }

        public string? ManagerName { get; init; }

        public DateTime ScheduledStartUtc { get; }

        public int DurationMinutes
        {
            get => _durationMinutes;
            init => _durationMinutes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(DurationMinutes), value, "A session lasts at least one minute.");
        }

        /// <summary>Why the session was opened (<see cref="CoachingTrigger.Reason"/>), if known.</summary>
        public string? WhyNow { get; init; }

        /// <summary>The session's topics; resolved ones are left off the agenda.</summary>
        public IReadOnlyList<AgendaTopic> Topics { get; }

        /// <summary>The longest agenda in characters (the column's maximum length); at least 1000.</summary>
        public int MaximumLength
        {
            get => _maximumLength;
            init => _maximumLength = value >= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(MaximumLength), value, "An agenda needs at least 1000 characters.");
        }
    }
}
