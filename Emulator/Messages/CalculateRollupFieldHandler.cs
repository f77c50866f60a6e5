using CrmIndependence.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// CalculateRollupField: the emulator models no rollup columns, so the request is refused with a fault that
/// says so (after the usual checks on table, row and column) rather than answered with a value it never computed.
/// </summary>
internal sealed class CalculateRollupFieldHandler : MessageHandler
{
    public override string MessageName => "CalculateRollupField";

    public override void Prepare(MessageExecution exec)
    {
        var target = exec.Required<EntityReference>("Target");
        var field = exec.Required<string>("FieldName");
        var table = TableOf(exec, target.LogicalName);
        exec.Engine.Catalog.Column(table, field);
        RowOf(exec, table, target);
        throw Faults.Create(
            Faults.InvalidOperation,
            $"Column '{field}' of table '{table.LogicalName}' is not a rollup column: the emulator models no rollup columns. Arrange the value the test needs with org.SeedUpdate instead.");
    }

    public override void Execute(MessageExecution exec)
    {
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new CalculateRollupFieldResponse(), exec);
}
