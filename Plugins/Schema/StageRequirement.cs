namespace CrmIndependence.Plugins.Schema
{
    /// <summary>Configuration: an exit criterion of a sales stage. Table <c>cri_stagerequirement</c>.</summary>
    public static class StageRequirement
    {
        public const string EntityName = "cri_stagerequirement";
        public const string PrimaryId = "cri_stagerequirementid";
        public const string PrimaryName = "cri_name";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string CreatedOn = "createdon";
        public const string CreatedBy = "createdby";
        public const string ActivityType = "cri_activitytype";
        public const string Column = "cri_column";
        public const string Count = "cri_count";
        public const string Kind = "cri_kind";
        public const string Message = "cri_message";
        public const string Operator = "cri_operator";
        public const string RelatedTable = "cri_relatedtable";
        public const string Stage = "cri_stage";
        public const string Value = "cri_value";

        /// <summary>The values of Kind.</summary>
        public static class KindOption
        {
            public const int ColumnHasValue = 100000000;
            public const int ColumnCondition = 100000001;
            public const int CompletedActivities = 100000002;
            public const int RelatedRecordExists = 100000003;
        }

        /// <summary>The values of Operator.</summary>
        public static class OperatorOption
        {
            public const int Equal = 100000000;
            public const int NotEqual = 100000001;
            public const int GreaterThan = 100000002;
            public const int GreaterOrEqual = 100000003;
            public const int LessThan = 100000004;
            public const int LessOrEqual = 100000005;
            public const int Contains = 100000006;
        }

        /// <summary>The values of Stage.</summary>
        public static class StageOption
        {
            public const int Qualify = 0;
            public const int Develop = 1;
            public const int Propose = 2;
            public const int Close = 3;
        }
    }
}
