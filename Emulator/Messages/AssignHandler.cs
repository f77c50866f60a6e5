using CrmIndependence.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// Assign: runs its own steps, and changes ownerid through the Update pipeline (Update steps see ownerid
/// in Target). The assignee is an enabled user or a team.
/// </summary>
internal sealed class AssignHandler : MessageHandler
{
    public override string MessageName => "Assign";

    public override void Prepare(MessageExecution exec)
    {
        var target = exec.Required<EntityReference>("Target");
        var assignee = exec.Required<EntityReference>("Assignee");
        var table = TableOf(exec, target.LogicalName);
        if (!table.IsUserOwned)
        {
            throw Faults.Refused($"Rows of table '{table.LogicalName}' have no owner; Assign does not apply to them.");
        }

        if (assignee.LogicalName is not ("systemuser" or "team"))
        {
            throw Faults.Refused($"A {table.LogicalName} can be assigned to a systemuser or a team, not to a {assignee.LogicalName}.");
        }

        var owner = RowOf(exec, TableOf(exec, assignee.LogicalName), assignee);
        if (owner["isdisabled"] is true)
        {
            throw Faults.Refused($"The user {owner["fullname"]} ({owner.Id}) is disabled; records cannot be assigned to a disabled user.");
        }

        var row = RowOf(exec, table, target);
        exec.PrimaryEntityName = table.LogicalName;
        exec.PrimaryEntityId = row.Id;
    }

    public override void Execute(MessageExecution exec)
    {
        var assignee = exec.Required<EntityReference>("Assignee");
        var update = new Entity(exec.PrimaryEntityName, exec.PrimaryEntityId) { ["ownerid"] = new EntityReference(assignee.LogicalName, assignee.Id) };
        exec.Engine.ExecuteChild(exec, new UpdateRequest { Target = update });
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new AssignResponse(), exec);
}
