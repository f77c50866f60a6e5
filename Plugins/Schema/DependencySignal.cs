namespace CrmIndependence.Plugins.Schema
{
    /// <summary>One sign of manager over-involvement or dependency, counted once per idempotency key. Table <c>cri_dependencysignal</c>.</summary>
    public static class DependencySignal
    {
        public const string EntityName = "cri_dependencysignal";
        public const string PrimaryId = "cri_dependencysignalid";
        public const string PrimaryName = "cri_name";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string CreatedOn = "createdon";
        public const string CreatedBy = "createdby";
        public const string OwnerId = "ownerid";
        public const string CoachingSessionId = "cri_coachingsessionid";
        public const string CountedInScore = "cri_countedinscore";
        public const string Details = "cri_details";
        public const string GateName = "cri_gatename";
        public const string IdempotencyKey = "cri_idempotencykey";
        public const string Kind = "cri_kind";
        public const string ManagerId = "cri_managerid";
        public const string OccurredOn = "cri_occurredon";
        public const string OpportunityId = "cri_opportunityid";
        public const string RelatedActivity = "cri_relatedactivity";
        public const string RelatedActivityType = "cri_relatedactivitytype";
        public const string RepId = "cri_repid";
        public const string RepManagerId = "cri_repmanagerid";
        public const string Weight = "cri_weight";

        /// <summary>The values of Kind.</summary>
        public static class KindOption
        {
            public const int ManagerEditedDeal = 100000000;
            public const int ManagerClosedDeal = 100000001;
            public const int ManagerTookOverDeal = 100000002;
            public const int ManagerActivityOnDeal = 100000003;
            public const int DealTakeOverByShare = 100000004;
            public const int FastResponse = 100000005;
            public const int UnnecessaryEscalation = 100000006;
            public const int ManagerOverrideWithinAuthority = 100000007;
            public const int StageGateBlocked = 100000008;
            public const int CoachingSkipped = 100000009;
            public const int WonWithoutApproval = 100000010;
        }
    }
}
