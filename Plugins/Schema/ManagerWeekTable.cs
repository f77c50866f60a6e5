namespace CrmIndependence.Plugins.Schema
{
    /// <summary>One row per manager per week: the five habits as the manager practised them (alternate key manager + week start). Table <c>cri_managerweek</c>.</summary>
    public static class ManagerWeekTable
    {
        public const string EntityName = "cri_managerweek";
        public const string PrimaryId = "cri_managerweekid";
        public const string PrimaryName = "cri_name";
        public const string StateCode = "statecode";
        public const string OwnerId = "ownerid";
        public const string ManagerId = "cri_managerid";
        public const string DirectorId = "cri_directorid";
        public const string WeekStart = "cri_weekstart";
        public const string Answered = "cri_answered";
        public const string AnsweredInsideDelay = "cri_answeredinsidedelay";
        public const string ShareInsideDelay = "cri_shareinsidedelay";
        public const string MedianResponseMinutes = "cri_medianresponseminutes";
        public const string WindowShareInsideDelay = "cri_windowshareinsidedelay";
        public const string TargetShare = "cri_targetshare";
        public const string AnswersTooFast = "cri_answerstoofast";
        public const string YoursToDecide = "cri_yourstodecide";
        public const string DealEdits = "cri_dealedits";
        public const string DealCloses = "cri_dealcloses";
        public const string TakeOvers = "cri_takeovers";
        public const string DealActivities = "cri_dealactivities";
        public const string Overrides = "cri_overrides";
        public const string Interventions = "cri_interventions";
        public const string TeamGateBlocks = "cri_teamgateblocks";
        public const string SessionsHeld = "cri_sessionsheld";
        public const string SessionsSkipped = "cri_sessionsskipped";
        public const string CoachingOverdue = "cri_coachingoverdue";
        public const string CountedEvents = "cri_countedevents";
    }
}
