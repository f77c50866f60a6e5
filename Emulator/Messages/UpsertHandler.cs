using System;
using CrmIndependence.Emulator.Pipeline;
using CrmIndependence.Emulator.Writing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// Upsert: finds the row by Id or by alternate key (Target.KeyAttributes); updates it if it exists, else
/// creates it (with the key values as columns). The Create or Update pipeline runs inside the Upsert one.
/// When the row exists, the Target's columns named in KeyAttributes are removed before the Update, so a key
/// used to find a row never changes it ("Understand the upsert process for standard tables",
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record).
/// </summary>
internal sealed class UpsertHandler : MessageHandler
{
    public override string MessageName => "Upsert";

    public override void Prepare(MessageExecution exec)
    {
        var target = exec.Required<Entity>("Target");
        var table = TableOf(exec, target.LogicalName);
        Guid? existing = null;
        if (target.Id != Guid.Empty)
        {
            existing = exec.Engine.Store.Exists(table.LogicalName, target.Id) ? target.Id : null;
        }
        else if (target.KeyAttributes.Count > 0)
        {
            existing = AlternateKeys.Find(exec.Engine.Store, exec.Engine.Validator, table, target.KeyAttributes);
        }

        exec.PrimaryEntityName = table.LogicalName;
        exec.PrimaryEntityId = existing ?? (target.Id != Guid.Empty ? target.Id : exec.Engine.NewId());
        exec.HandlerState = existing.HasValue;
    }

    public override void Execute(MessageExecution exec)
    {
        var target = ValueCopier.Copy(exec.Required<Entity>("Target"));
        var exists = exec.HandlerState is true;
        target.Id = exec.PrimaryEntityId;
        if (exists)
        {
            foreach (var key in target.KeyAttributes)
            {
                target.Attributes.Remove(key.Key);
            }

            target.KeyAttributes.Clear();
            exec.Engine.ExecuteChild(exec, new UpdateRequest { Target = target }, checkAsCaller: true);
        }
        else
        {
            foreach (var key in target.KeyAttributes)
            {
                if (!target.Contains(key.Key))
                {
                    target[key.Key] = key.Value;
                }
            }

            target.KeyAttributes.Clear();
            exec.Engine.ExecuteChild(exec, new CreateRequest { Target = target }, checkAsCaller: true);
        }

        exec.OutputParameters["RecordCreated"] = !exists;
        exec.OutputParameters["Target"] = new EntityReference(exec.PrimaryEntityName, exec.PrimaryEntityId);
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new UpsertResponse(), exec);
}
