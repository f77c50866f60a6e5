using CrmIndependence.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// Retrieve: a ColumnSet is required; only the requested columns come back, null ones omitted, lookups
/// named, formatted values filled. A ColumnSet(true) is allowed and recorded (Solution Checker il-specify-column).
/// The row read counts as one row examined on the calling plug-in's execution.
/// </summary>
internal sealed class RetrieveHandler : MessageHandler
{
    public override string MessageName => "Retrieve";

    public override void Prepare(MessageExecution exec)
    {
        var target = exec.Required<EntityReference>("Target");
        var table = TableOf(exec, target.LogicalName);
        var columns = exec.Required<ColumnSet>("ColumnSet");
        if (exec.Optional<RelationshipQueryCollection>("RelatedEntitiesQuery") is { Count: > 0 })
        {
            throw Faults.UnsupportedQuery("RelatedEntitiesQuery (Retrieve with related rows)");
        }

        foreach (var column in columns.Columns)
        {
            exec.Engine.Catalog.Column(table, column);
        }

        var row = RowOf(exec, table, target);
        exec.PrimaryEntityName = table.LogicalName;
        exec.PrimaryEntityId = row.Id;
    }

    public override void Execute(MessageExecution exec)
    {
        var table = TableOf(exec, exec.PrimaryEntityName);
        var row = exec.Engine.Store.Find(table.LogicalName, exec.PrimaryEntityId) ?? throw Faults.NotFound(table.LogicalName, exec.PrimaryEntityId);
        exec.Caller.CallingStep?.CountRowsExamined(1);
        var columns = exec.Required<ColumnSet>("ColumnSet");
        if (columns.AllColumns)
        {
            exec.Engine.RecordAllColumns(table.LogicalName, exec.Caller);
        }

        exec.OutputParameters["BusinessEntity"] = exec.Engine.Reader.Read(table, row, columns);
    }

    public override OrganizationResponse Respond(MessageExecution exec)
    {
        var response = new RetrieveResponse();
        response.Results["Entity"] = exec.OutputParameters["BusinessEntity"];
        return response;
    }
}
