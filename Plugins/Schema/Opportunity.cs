namespace CrmIndependence.Plugins.Schema
{
    /// <summary>The system table <c>opportunity</c>: the standard columns the suite reads and the solution's own columns on it.</summary>
    public static class Opportunity
    {
        public const string EntityName = "opportunity";
        public const string PrimaryId = "opportunityid";
        public const string PrimaryName = "name";
        public const string OwnerId = "ownerid";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string SalesStage = "salesstage";
        public const string StepName = "stepname";
        public const string EstimatedValue = "estimatedvalue";
        public const string ActualValue = "actualvalue";
        public const string DiscountPercentage = "discountpercentage";
        public const string DiscountAmount = "discountamount";
        public const string TotalAmount = "totalamount";
        public const string CloseProbability = "closeprobability";
        public const string EstimatedCloseDate = "estimatedclosedate";
        public const string ActualCloseDate = "actualclosedate";
        public const string CustomerId = "customerid";
        public const string ParentAccountId = "parentaccountid";
        public const string ParentContactId = "parentcontactid";
        public const string Description = "description";
        public const string ModifiedBy = "modifiedby";
        public const string ModifiedOn = "modifiedon";
        public const string CreatedBy = "createdby";

        // The solution's columns.
        public const string ApprovalStatus = "cri_approvalstatus";
        public const string ApprovedById = "cri_approvedbyid";
        public const string ApprovedValue = "cri_approvedvalue";

        /// <summary>In words, what on the deal is beyond its owner's authority (written by the plugin; empty when nothing is).</summary>
        public const string ApprovalReason = "cri_approvalreason";

        /// <summary>The approver's comment with their verdict (written through cri_ApproveDeal; a rejection always has one).</summary>
        public const string ApprovalComment = "cri_approvalcomment";
        public const string RepActivityCount = "cri_repactivitycount";
        public const string ManagerActivityCount = "cri_manageractivitycount";
        public const string LastManagerTouch = "cri_lastmanagertouch";
        public const string TakeoverSignalled = "cri_takeoversignalled";

        /// <summary>The ids of the activities most recently counted on the deal (multiline text, see <c>Involvement.RecentlyCounted</c>): not shown on forms.</summary>
        public const string CountedActivities = "cri_countedactivities";

        /// <summary>statecode of an opportunity; Won and Lost are reached only through Win / Lose.</summary>
        public static class StateCodeOption
        {
            public const int Open = 0;
            public const int Won = 1;
            public const int Lost = 2;
        }

        /// <summary>salesstage (the same values as cri_stagerequirement.cri_stage).</summary>
        public static class SalesStageOption
        {
            public const int Qualify = 0;
            public const int Develop = 1;
            public const int Propose = 2;
            public const int Close = 3;
        }

        /// <summary>The values of cri_approvalstatus.</summary>
        public static class ApprovalStatusOption
        {
            public const int NotRequired = 100000000;
            public const int Required = 100000001;
            public const int Approved = 100000002;
            public const int Rejected = 100000003;
        }
    }
}
