using CrmIndependence.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// SetState: runs its own steps, and changes the row through the Update pipeline (Update steps see
/// statecode and statuscode in Target), as Dataverse does since SetState became an Update.
/// Status -1 means the state's default status. Opportunity Won/Lost is refused (use Win/Lose).
/// </summary>
internal sealed class SetStateHandler : MessageHandler
{
    public override string MessageName => "SetState";

    public override void Prepare(MessageExecution exec)
    {
        var moniker = exec.Required<EntityReference>("EntityMoniker");
        exec.Required<OptionSetValue>("State");
        exec.Required<OptionSetValue>("Status");
        var table = TableOf(exec, moniker.LogicalName);
        if (!table.HasStateModel)
        {
            throw Faults.Refused($"Table '{table.LogicalName}' has no statecode; SetState does not apply to it.");
        }

        var row = RowOf(exec, table, moniker);
        exec.PrimaryEntityName = table.LogicalName;
        exec.PrimaryEntityId = row.Id;
    }

    public override void Execute(MessageExecution exec)
    {
        var state = exec.Required<OptionSetValue>("State");
        var status = exec.Required<OptionSetValue>("Status");
        var update = new Entity(exec.PrimaryEntityName, exec.PrimaryEntityId) { ["statecode"] = new OptionSetValue(state.Value) };
        if (status.Value != -1)
        {
            update["statuscode"] = new OptionSetValue(status.Value);
        }

        exec.Engine.ExecuteChild(exec, new UpdateRequest { Target = update });
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new SetStateResponse(), exec);
}
