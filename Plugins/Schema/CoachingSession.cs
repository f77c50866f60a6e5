namespace CrmIndependence.Plugins.Schema
{
    /// <summary>A coaching session between a rep and their manager. Table <c>cri_coachingsession</c>.</summary>
    public static class CoachingSession
    {
        public const string EntityName = "cri_coachingsession";
        public const string PrimaryId = "cri_coachingsessionid";
        public const string PrimaryName = "cri_name";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string CreatedOn = "createdon";
        public const string CreatedBy = "createdby";
        public const string OwnerId = "ownerid";
        public const string Agenda = "cri_agenda";
        public const string DurationMinutes = "cri_durationminutes";
        public const string ManagerId = "cri_managerid";
        public const string Outcome = "cri_outcome";
        public const string PreviousSessionId = "cri_previoussessionid";
        public const string RepId = "cri_repid";
        public const string RescheduledTo = "cri_rescheduledto";
        public const string ScheduledStart = "cri_scheduledstart";
        public const string SessionStatus = "cri_sessionstatus";
        public const string SkipReason = "cri_skipreason";
        public const string Trigger = "cri_trigger";

        /// <summary>The values of statecode: a planned session is Active; held, skipped, rescheduled or cancelled, Inactive.</summary>
        public static class StateCodeOption
        {
            public const int Active = 0;
            public const int Inactive = 1;
        }

        /// <summary>The values of statuscode: Planned (Active), and the four ways a session closes (Inactive).</summary>
        public static class StatusCodeOption
        {
            public const int Planned = 1;
            public const int Held = 2;
            public const int Skipped = 100000000;
            public const int Rescheduled = 100000001;
            public const int Cancelled = 100000002;
        }

        /// <summary>The values of SessionStatus.</summary>
        public static class SessionStatusOption
        {
            public const int Planned = 100000000;
            public const int Held = 100000001;
            public const int Skipped = 100000002;
            public const int Rescheduled = 100000003;
            public const int Cancelled = 100000004;
        }

        /// <summary>The values of Trigger.</summary>
        public static class TriggerOption
        {
            public const int Cadence = 100000000;
            public const int Signals = 100000001;
            public const int ParkedRequests = 100000002;
            public const int StageGateFailures = 100000003;
            public const int Manual = 100000004;
        }
    }
}
