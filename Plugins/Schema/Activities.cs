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
        public const string Subject = "subject";
        public const string Description = "description";
        public const string ScheduledStart = "scheduledstart";
        public const string ScheduledEnd = "scheduledend";
        public const string ScheduledDurationMinutes = "scheduleddurationminutes";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";

        /// <summary>Party lists (EntityCollection of <see cref="ActivityParty"/>).</summary>
        public const string RequiredAttendees = "requiredattendees";
        public const string OptionalAttendees = "optionalattendees";
        public const string Organizer = "organizer";

        /// <summary>statecode of an appointment (Learn, appointment table): Open 0, Completed 1, Canceled 2, Scheduled 3.</summary>
        public static class States
        {
            public const int Open = 0;
            public const int Completed = 1;
            public const int Canceled = 2;
            public const int Scheduled = 3;
        }

        /// <summary>statuscode of an appointment: Free 1 and Tentative 2 (Open), Completed 3, Canceled 4, Busy 5 and Out of Office 6 (Scheduled).</summary>
        public static class Statuses
        {
            public const int Free = 1;
            public const int Completed = 3;
            public const int Canceled = 4;
            public const int Busy = 5;
        }
    }

    /// <summary>A person taking part in an activity (an attendee, the organizer…): one row per party, written through the activity's party lists.</summary>
    public static class ActivityParty
    {
        public const string EntityName = "activityparty";
        public const string ActivityId = "activityid";
        public const string PartyId = "partyid";
        public const string ParticipationTypeMask = "participationtypemask";

        /// <summary>participationtypemask (Learn, "ActivityParty table"): 5 required attendee, 6 optional attendee, 7 organizer.</summary>
        public static class ParticipationTypes
        {
            public const int RequiredAttendee = 5;
            public const int OptionalAttendee = 6;
            public const int Organizer = 7;
        }
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
