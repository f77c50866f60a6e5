using System.Collections.Generic;

namespace CrmIndependence.Emulator.Metadata;

public static partial class StandardTables
{
    /// <summary>statecode values shared by every activity table.</summary>
    public static class ActivityState
    {
        public const int Open = 0;
        public const int Completed = 1;
        public const int Canceled = 2;
    }

    /// <summary>The tables a party of an activity may be (the ones the emulator has of those Dataverse allows).</summary>
    private static readonly string[] PartyTargets = { "systemuser", "contact", "account" };

    /// <summary>
    /// The tables an email's sender may be: Learn's Email reference lists queue and systemuser for <c>from</c>; the
    /// emulator has no queue table, so a user.
    /// </summary>
    private static readonly string[] EmailSenderTargets = { "systemuser" };

    /// <summary>activityparty.participationtypemask, as Microsoft Learn lists the activity party types.</summary>
    public static class ParticipationTypes
    {
        public const int Sender = 1;
        public const int ToRecipient = 2;
        public const int CcRecipient = 3;
        public const int BccRecipient = 4;
        public const int RequiredAttendee = 5;
        public const int OptionalAttendee = 6;
        public const int Organizer = 7;

        internal static readonly OptionDefinition[] Labels =
        {
            new(1, "Sender"), new(2, "To Recipient"), new(3, "CC Recipient"), new(4, "BCC Recipient"),
            new(5, "Required attendee"), new(6, "Optional attendee"), new(7, "Organizer"), new(8, "Regarding"),
            new(9, "Owner"), new(10, "Resource"), new(11, "Customer"), new(12, "Chat participant"), new(13, "Related"),
        };
    }

    private static IEnumerable<TableDefinition> Activities()
    {
        // activitypointer: every activity row is mirrored here; it cannot be written directly.
        yield return TableBuilder.Define("activitypointer", primaryName: null)
            .ObjectTypeCode(4200).Activity().NotCreatable()
            .Build();

        yield return TableBuilder.Define("opportunityclose", primaryName: null)
            .ObjectTypeCode(4208)
            .Activity(
                new StatusDefinition(1, "Open", ActivityState.Open),
                new StatusDefinition(2, "Completed", ActivityState.Completed),
                new StatusDefinition(3, "Canceled", ActivityState.Canceled))
            .Lookup("opportunityid", DeleteBehavior.Cascade, "opportunity")
            .Money("actualrevenue")
            .Lookup("transactioncurrencyid", "transactioncurrency")
            .Build();

        yield return TableBuilder.Define("email", primaryName: null)
            .ObjectTypeCode(4202).HasNotes()
            .Activity(
                new StatusDefinition(1, "Draft", ActivityState.Open),
                new StatusDefinition(8, "Failed", ActivityState.Open),
                new StatusDefinition(2, "Completed", ActivityState.Completed),
                new StatusDefinition(3, "Sent", ActivityState.Completed),
                new StatusDefinition(4, "Received", ActivityState.Completed),
                new StatusDefinition(6, "Pending Send", ActivityState.Completed),
                new StatusDefinition(7, "Sending", ActivityState.Completed),
                new StatusDefinition(5, "Canceled", ActivityState.Canceled))
            .Column(ColumnDefinition.YesNo("directioncode", true, trueLabel: "Outgoing", falseLabel: "Incoming"))
            .Text("sender", 250).Text("torecipients", 500)
            // Party lists (Learn, "ActivityParty table" and the Email reference): from is the sender (1), one party
            // at most; to, cc and bcc the recipients (2, 3, 4), each pointing at an account, contact or user (of
            // Learn's account, contact, knowledgearticle, queue, systemuser and unresolvedaddress).
            .Column(ColumnDefinition.PartyList("from", ParticipationTypes.Sender, 1, EmailSenderTargets))
            .Column(ColumnDefinition.PartyList("to", ParticipationTypes.ToRecipient, null, PartyTargets))
            .Column(ColumnDefinition.PartyList("cc", ParticipationTypes.CcRecipient, null, PartyTargets))
            .Column(ColumnDefinition.PartyList("bcc", ParticipationTypes.BccRecipient, null, PartyTargets))
            .Build();

        yield return TableBuilder.Define("phonecall", primaryName: null)
            .ObjectTypeCode(4210).HasNotes()
            .Activity(
                new StatusDefinition(1, "Open", ActivityState.Open),
                new StatusDefinition(2, "Made", ActivityState.Completed),
                new StatusDefinition(4, "Received", ActivityState.Completed),
                new StatusDefinition(3, "Canceled", ActivityState.Canceled))
            .Column(ColumnDefinition.YesNo("directioncode", true, trueLabel: "Outgoing", falseLabel: "Incoming"))
            .Text("phonenumber", 200)
            // Party lists (Learn, "ActivityParty table" and the PhoneCall reference): from is who made the call (1),
            // to who received it (2); both PartyList columns pointing at an account, contact or user, with no limit
            // on the number of parties documented.
            .Column(ColumnDefinition.PartyList("from", ParticipationTypes.Sender, null, PartyTargets))
            .Column(ColumnDefinition.PartyList("to", ParticipationTypes.ToRecipient, null, PartyTargets))
            .Build();

        // task: no party list (Learn's "Activity Party types available for each activity" lists none for Task; its
        // people are its owner and regarding object).
        yield return TableBuilder.Define("task", primaryName: null)
            .ObjectTypeCode(4212).HasNotes()
            .Activity(
                new StatusDefinition(2, "Not Started", ActivityState.Open),
                new StatusDefinition(3, "In Progress", ActivityState.Open),
                new StatusDefinition(4, "Waiting on someone else", ActivityState.Open),
                new StatusDefinition(7, "Deferred", ActivityState.Open),
                new StatusDefinition(5, "Completed", ActivityState.Completed),
                new StatusDefinition(6, "Canceled", ActivityState.Canceled))
            .WholeNumber("percentcomplete", 0, 100)
            .Build();

        // activityparty: one row per party of an activity's party lists (Learn, "ActivityParty table"): the activity
        // (activityid), the party (partyid) and how it takes part (participationtypemask). Written by the platform
        // when an activity's party list is written; read by query; no owner of its own.
        yield return TableBuilder.Define("activityparty", primaryName: null)
            .ObjectTypeCode(135).Unowned().WithoutStateModel().NotCreatable()
            .Lookup("activityid", DeleteBehavior.Cascade, "activitypointer")
            .Lookup("partyid", PartyTargets)
            .Column(ColumnDefinition.Choice("participationtypemask", ParticipationTypes.Labels))
            .Build();

        var appointment = TableBuilder.Define("appointment", primaryName: null)
            .ObjectTypeCode(4201).HasNotes()
            .Activity()
            .Text("location", 200)
            .Column(ColumnDefinition.PartyList("requiredattendees", ParticipationTypes.RequiredAttendee, null, PartyTargets))
            .Column(ColumnDefinition.PartyList("optionalattendees", ParticipationTypes.OptionalAttendee, null, PartyTargets))
            .Column(ColumnDefinition.PartyList("organizer", ParticipationTypes.Organizer, 1, "systemuser"));
        appointment.StateModel(
            new[]
            {
                new StateDefinition(ActivityState.Open, "Open", 1),
                new StateDefinition(ActivityState.Completed, "Completed", 3),
                new StateDefinition(ActivityState.Canceled, "Canceled", 4),
                new StateDefinition(3, "Scheduled", 5),
            },
            new[]
            {
                new StatusDefinition(1, "Free", ActivityState.Open),
                new StatusDefinition(2, "Tentative", ActivityState.Open),
                new StatusDefinition(3, "Completed", ActivityState.Completed),
                new StatusDefinition(4, "Canceled", ActivityState.Canceled),
                new StatusDefinition(5, "Busy", 3),
                new StatusDefinition(6, "Out of Office", 3),
            });
        yield return appointment.Build();
    }
}
