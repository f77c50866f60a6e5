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
            .Build();

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

        var appointment = TableBuilder.Define("appointment", primaryName: null)
            .ObjectTypeCode(4201).HasNotes()
            .Activity()
            .Text("location", 200);
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
