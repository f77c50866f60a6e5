namespace CrmIndependence.Plugins.Schema
{
    /// <summary>One row per rep per week: counters and the 0-100 score (alternate key rep + week start). Table <c>cri_independencescore</c>.</summary>
    public static class IndependenceScore
    {
        public const string EntityName = "cri_independencescore";
        public const string PrimaryId = "cri_independencescoreid";
        public const string PrimaryName = "cri_name";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string CreatedOn = "createdon";
        public const string CreatedBy = "createdby";
        public const string OwnerId = "ownerid";
        public const string CoachingSkipped = "cri_coachingskipped";
        public const string Dependent = "cri_dependent";
        public const string FastResponses = "cri_fastresponses";
        public const string ManagerActivities = "cri_manageractivities";
        public const string ManagerCloses = "cri_managercloses";
        public const string ManagerEdits = "cri_manageredits";
        public const string ManagerTakeovers = "cri_managertakeovers";
        public const string Overrides = "cri_overrides";
        public const string RepActivities = "cri_repactivities";
        public const string RepId = "cri_repid";
        public const string RepManagerId = "cri_repmanagerid";
        public const string Score = "cri_score";
        public const string SignalCount = "cri_signalcount";
        public const string StageGateBlocks = "cri_stagegateblocks";
        public const string TakeoversByShare = "cri_takeoversbyshare";
        public const string UnnecessaryEscalations = "cri_unnecessaryescalations";
        public const string WeekStart = "cri_weekstart";
        public const string WonWithoutApproval = "cri_wonwithoutapproval";
    }
}
