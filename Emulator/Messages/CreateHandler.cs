using System;
using CrmIndependence.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// Create: the id is known from the start (PrimaryEntityId in every stage); the PreValidation Target
/// shows yes/no defaults, the PreOperation Target the system columns (id, created/modified, owner, state,
/// status); the core operation validates and stores the Target as the steps left it.
/// <para>Create does not note which columns the platform added: filtering attributes apply to Update only, and the
/// lookups it adds (createdby, modifiedby, owner and owning columns) are ones the security check passes over by kind.</para>
/// </summary>
internal sealed class CreateHandler : MessageHandler
{
    public override string MessageName => "Create";

    /// <summary>The columns the platform adds before stages 10 and 20 (yes/no defaults; id, created/modified, owner and owning columns, state, status).</summary>
    public override int TargetRoom(OrgEngine engine, Entity target) =>
        engine.Catalog.FindTable(target.LogicalName) is { } table ? engine.TargetAdditions.CreateAdditionsRoom(table) : 0;

    public override void Prepare(MessageExecution exec)
    {
        var target = exec.Required<Entity>("Target");
        var table = TableOf(exec, target.LogicalName);
        var id = target.Id;
        if (target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var key) && key is Guid keyId && keyId != Guid.Empty)
        {
            if (id != Guid.Empty && id != keyId)
            {
                throw Faults.Refused($"The Create of {table.LogicalName} gives two ids: Id {id} and {table.PrimaryIdAttribute} {keyId}.");
            }

            id = keyId;
        }

        if (id == Guid.Empty)
        {
            id = exec.Engine.NewId();
        }

        exec.PrimaryEntityName = table.LogicalName;
        exec.PrimaryEntityId = id;
        exec.Engine.Writer.Check(table, target, id, exec.WriteContext);
    }

    public override void BeforePreValidation(MessageExecution exec)
    {
        var target = exec.TargetEntity!;
        foreach (var pair in exec.Engine.TargetAdditions.BooleanDefaults(TableOf(exec, exec.PrimaryEntityName), target))
        {
            target[pair.Key] = pair.Value;
        }
    }

    public override void BeforePreOperation(MessageExecution exec)
    {
        var target = exec.TargetEntity!;
        target.Id = exec.PrimaryEntityId;
        exec.Engine.TargetAdditions.AddCreateColumns(TableOf(exec, exec.PrimaryEntityName), target, exec.PrimaryEntityId, exec.WriteContext);
    }

    public override void Execute(MessageExecution exec)
    {
        var target = exec.Required<Entity>("Target");
        exec.Engine.Writer.Create(TableOf(exec, exec.PrimaryEntityName), target, exec.PrimaryEntityId, exec.WriteContext);
        target.Id = exec.PrimaryEntityId;
        exec.OutputParameters["id"] = exec.PrimaryEntityId;
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new CreateResponse(), exec);
}
