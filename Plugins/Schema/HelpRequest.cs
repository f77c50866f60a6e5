namespace CrmIndependence.Plugins.Schema
{
    /// <summary>A rep's request for help (a custom activity, so it shows in the opportunity timeline). Table <c>cri_helprequest</c>.</summary>
    public static class HelpRequest
    {
        public const string EntityName = "cri_helprequest";
        public const string PrimaryId = "activityid";
        public const string PrimaryName = "subject";
        public const string RegardingObjectId = "regardingobjectid";
        public const string OwnerId = "ownerid";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string Description = "description";
        public const string CreatedOn = "createdon";
        public const string CreatedBy = "createdby";
        public const string ActualEnd = "actualend";
        public const string CoachingSessionId = "cri_coachingsessionid";
        public const string DecisionColumn = "cri_decisioncolumn";
        public const string DecisionType = "cri_decisiontype";
        public const string DecisionValue = "cri_decisionvalue";
        public const string Disposition = "cri_disposition";
        public const string ManagerAddressedId = "cri_manageraddressedid";
        public const string Option1 = "cri_option1";
        public const string Option2 = "cri_option2";
        public const string Option3 = "cri_option3";
        public const string Problem = "cri_problem";
        public const string Recommendation = "cri_recommendation";
        public const string RespondAfter = "cri_respondafter";
        public const string RespondedOn = "cri_respondedon";
        public const string Response = "cri_response";
        public const string ResponseMinutes = "cri_responseminutes";
        public const string Urgency = "cri_urgency";
        public const string UrgentReason = "cri_urgentreason";
        public const string WhatTried = "cri_whattried";

        /// <summary>The values of statecode: the state model of every activity (Open, Completed, Canceled, Scheduled).</summary>
        public static class StateCodeOption
        {
            public const int Open = 0;
            public const int Completed = 1;
            public const int Canceled = 2;
            public const int Scheduled = 3;
        }

        /// <summary>The values of statuscode: the activity's own, and the three ways a request is completed.</summary>
        public static class StatusCodeOption
        {
            public const int Open = 1;
            public const int Completed = 2;
            public const int Canceled = 3;
            public const int Scheduled = 4;

            /// <summary>Completed: the manager answered.</summary>
            public const int Answered = 100000000;

            /// <summary>Completed: answered at once, the decision was within the rep's authority.</summary>
            public const int YoursToDecide = 100000001;

            /// <summary>Completed: a parked request resolved as a topic of a held coaching session.</summary>
            public const int ResolvedInCoaching = 100000002;
        }

        /// <summary>The values of DecisionType.</summary>
        public static class DecisionTypeOption
        {
            public const int DiscountPercent = 100000000;
            public const int DiscountAmount = 100000001;
            public const int DealValue = 100000002;
            public const int Column = 100000003;
        }

        /// <summary>The values of Disposition.</summary>
        public static class DispositionOption
        {
            public const int ParkedForCoaching = 100000000;
            public const int AwaitingResponse = 100000001;
            public const int Answered = 100000002;
            public const int YoursToDecide = 100000003;
        }

        /// <summary>The values of Urgency.</summary>
        public static class UrgencyOption
        {
            public const int NonUrgent = 100000000;
            public const int Urgent = 100000001;
        }
    }
}
