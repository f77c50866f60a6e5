namespace CrmIndependence.Plugins.Schema
{
    /// <summary>Configuration: what a rep may decide alone, up to which limit. Table <c>cri_decisionauthority</c>.</summary>
    public static class DecisionAuthorityTable
    {
        public const string EntityName = "cri_decisionauthority";
        public const string PrimaryId = "cri_decisionauthorityid";
        public const string PrimaryName = "cri_name";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string CreatedOn = "createdon";
        public const string CreatedBy = "createdby";
        public const string AppliesTo = "cri_appliesto";
        public const string Column = "cri_column";
        public const string DecisionType = "cri_decisiontype";
        public const string Limit = "cri_limit";
        public const string RoleId = "cri_roleid";
        public const string TeamId = "cri_teamid";
        public const string UserId = "cri_userid";

        /// <summary>The values of AppliesTo.</summary>
        public static class AppliesToOption
        {
            public const int Everyone = 100000000;
            public const int SecurityRole = 100000001;
            public const int Team = 100000002;
            public const int User = 100000003;
        }

        /// <summary>The values of DecisionType.</summary>
        public static class DecisionTypeOption
        {
            public const int DiscountPercent = 100000000;
            public const int DiscountAmount = 100000001;
            public const int DealValue = 100000002;
            public const int Column = 100000003;
        }
    }
}
