using System;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>The activities that count as work on a deal, for both the involvement signal and the activity counters.</summary>
    public enum ActivityKind
    {
        Email = 0,
        PhoneCall = 1,
        Task = 2,
        Appointment = 3,
    }

    /// <summary>Maps activity tables to <see cref="ActivityKind"/>.</summary>
    public static class ActivityKinds
    {
        /// <summary>The kind for a table's logical name, or null for any other activity (help requests, opportunity close, …).</summary>
        public static ActivityKind? FromLogicalName(string? logicalName)
        {
            switch ((logicalName ?? string.Empty).ToLowerInvariant())
            {
                case "email": return ActivityKind.Email;
                case "phonecall": return ActivityKind.PhoneCall;
                case "task": return ActivityKind.Task;
                case "appointment": return ActivityKind.Appointment;
                default: return null;
            }
        }

        public static string LogicalName(ActivityKind kind)
        {
            switch (kind)
            {
                case ActivityKind.Email: return "email";
                case ActivityKind.PhoneCall: return "phonecall";
                case ActivityKind.Task: return "task";
                case ActivityKind.Appointment: return "appointment";
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown activity kind.");
            }
        }

        /// <summary>In words, with its article: "an email", "a phone call".</summary>
        public static string Describe(ActivityKind kind)
        {
            switch (kind)
            {
                case ActivityKind.Email: return "an email";
                case ActivityKind.PhoneCall: return "a phone call";
                case ActivityKind.Task: return "a task";
                case ActivityKind.Appointment: return "an appointment";
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown activity kind.");
            }
        }
    }
}
