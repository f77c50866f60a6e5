namespace CrmIndependence.Plugins.Schema
{
    /// <summary>
    /// The columns every activity table shares (<c>activitypointer</c>, email, phone call, task, appointment and
    /// the solution's help request): who did what, regarding which record.
    /// </summary>
    public static class ActivityPointer
    {
        public const string EntityName = "activitypointer";
        public const string PrimaryId = "activityid";
        public const string PrimaryName = "subject";
        public const string Subject = "subject";
        public const string RegardingObjectId = "regardingobjectid";
        public const string ActivityTypeCode = "activitytypecode";
        public const string OwnerId = "ownerid";
        public const string CreatedBy = "createdby";
        public const string CreatedOn = "createdon";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string ScheduledStart = "scheduledstart";
        public const string ScheduledEnd = "scheduledend";
        public const string ActualEnd = "actualend";

        /// <summary>statecode of every activity.</summary>
        public static class StateCodeOption
        {
            public const int Open = 0;
            public const int Completed = 1;
            public const int Canceled = 2;
        }
    }

    /// <summary>The activity tables whose activities count as rep or manager work on a deal.</summary>
    public static class Email
    {
        public const string EntityName = "email";
        public const string PrimaryId = "activityid";
        public const string RegardingObjectId = "regardingobjectid";
        public const string OwnerId = "ownerid";
    }

    public static class PhoneCall
    {
        public const string EntityName = "phonecall";
        public const string PrimaryId = "activityid";
        public const string RegardingObjectId = "regardingobjectid";
        public const string OwnerId = "ownerid";
    }

    public static class TaskActivity
    {
        public const string EntityName = "task";
        public const string PrimaryId = "activityid";
        public const string RegardingObjectId = "regardingobjectid";
        public const string OwnerId = "ownerid";
    }

    public static class Appointment
    {
        public const string EntityName = "appointment";
        public const string PrimaryId = "activityid";
        public const string RegardingObjectId = "regardingobjectid";
        public const string OwnerId = "ownerid";
    }

    /// <summary>The activity Win/Lose create when an opportunity closes.</summary>
    public static class OpportunityClose
    {
        public const string EntityName = "opportunityclose";
        public const string PrimaryId = "activityid";
        public const string OpportunityId = "opportunityid";
        public const string ActualRevenue = "actualrevenue";
    }
}
