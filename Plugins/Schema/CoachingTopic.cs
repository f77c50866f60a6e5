namespace CrmIndependence.Plugins.Schema
{
    /// <summary>An agenda item of a coaching session. Table <c>cri_coachingtopic</c>.</summary>
    public static class CoachingTopic
    {
        public const string EntityName = "cri_coachingtopic";
        public const string PrimaryId = "cri_coachingtopicid";
        public const string PrimaryName = "cri_name";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string CreatedOn = "createdon";
        public const string CreatedBy = "createdby";
        public const string OwnerId = "ownerid";
        public const string CoachingSessionId = "cri_coachingsessionid";
        public const string DependencySignalId = "cri_dependencysignalid";
        public const string HelpRequestId = "cri_helprequestid";
        public const string Notes = "cri_notes";
        public const string OpportunityId = "cri_opportunityid";
        public const string Resolved = "cri_resolved";
        public const string Source = "cri_source";

        /// <summary>The values of Source.</summary>
        public static class SourceOption
        {
            public const int ParkedRequest = 100000000;
            public const int Signal = 100000001;
            public const int StageGateFailure = 100000002;
            public const int CarriedOver = 100000003;
            public const int Manual = 100000004;
        }
    }
}
