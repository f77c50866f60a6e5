namespace CrmIndependence.Plugins.Schema
{
    /// <summary>
    /// The system table <c>opportunitysalesprocess</c>: one row per deal running the Opportunity Sales Process
    /// business process flow. The stage bar on the opportunity form writes <see cref="ActiveStageId"/> when a user
    /// moves the stage. Column names as the table reference on Microsoft Learn gives them.
    /// </summary>
    public static class OpportunitySalesProcess
    {
        public const string EntityName = "opportunitysalesprocess";
        public const string PrimaryId = "businessprocessflowinstanceid";

        /// <summary>The deal the flow runs for (lookup to opportunity).</summary>
        public const string OpportunityId = "opportunityid";

        /// <summary>The stage the flow is at (lookup to processstage).</summary>
        public const string ActiveStageId = "activestageid";

        public const string ProcessId = "processid";
        public const string TraversedPath = "traversedpath";

        /// <summary>
        /// A business process flow made in the designer for opportunity: its own table (named by the customer), the
        /// same activestageid, and the lookup to the deal named <see cref="OpportunityLookup"/>.
        /// </summary>
        public static class CustomFlow
        {
            public const string OpportunityLookup = "bpf_opportunityid";
        }
    }

    /// <summary>The system table <c>processstage</c>: the stages of every process; <see cref="StageCategory"/> says which sales stage a stage is.</summary>
    public static class ProcessStage
    {
        public const string EntityName = "processstage";
        public const string PrimaryId = "processstageid";
        public const string PrimaryName = "stagename";
        public const string StageCategory = "stagecategory";
        public const string PrimaryEntityTypeCode = "primaryentitytypecode";
        public const string ProcessId = "processid";

        /// <summary>stagecategory values (Microsoft Learn, processstage table reference).</summary>
        public static class StageCategoryOption
        {
            public const int Qualify = 0;
            public const int Develop = 1;
            public const int Propose = 2;
            public const int Close = 3;
            public const int Identify = 4;
            public const int Research = 5;
            public const int Resolve = 6;
            public const int Approval = 7;
        }
    }
}
