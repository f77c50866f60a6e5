using System.Collections.Generic;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Pipeline;
using CrmIndependence.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// What the pipeline needs from a message: its name, how to check a request and find its primary row,
/// the core operation (stage 30), and the response. Adding a message = one subclass registered in
/// <see cref="MessageRegistry"/> under its request name.
/// </summary>
internal abstract class MessageHandler
{
    /// <summary>The message name steps are registered on and contexts show (Win for WinOpportunityRequest).</summary>
    public abstract string MessageName { get; }

    /// <summary>Whether the message runs in a transaction of its own (ExecuteMultiple does not: each request has its own).</summary>
    public virtual bool IsTransactional => true;

    /// <summary>How many columns the platform may add to this Entity Target (its copy is sized for them up front).</summary>
    public virtual int TargetRoom(OrgEngine engine, Entity target) => 0;

    /// <summary>Checks the request before any step runs and sets the primary table and id.</summary>
    public abstract void Prepare(MessageExecution exec);

    /// <summary>What the platform adds to Target before stage 10.</summary>
    public virtual void BeforePreValidation(MessageExecution exec)
    {
    }

    /// <summary>What the platform adds to Target before stage 20.</summary>
    public virtual void BeforePreOperation(MessageExecution exec)
    {
    }

    /// <summary>
    /// The parts into which the platform splits this request's core operation, each running stages 20, 30 and
    /// 40 on its own Target (the split Update); null when the request runs as one.
    /// </summary>
    public virtual IReadOnlyList<Entity>? SplitTargets(MessageExecution exec) => null;

    /// <summary>The core operation (stage 30): writes the store and fills OutputParameters.</summary>
    public abstract void Execute(MessageExecution exec);

    public abstract OrganizationResponse Respond(MessageExecution exec);

    protected static TableDefinition TableOf(MessageExecution exec, string? logicalName) => exec.Engine.Catalog.Table(logicalName);

    /// <summary>The stored row an EntityReference names (by id or alternate key), or the not-found fault.</summary>
    protected static StoredRow RowOf(MessageExecution exec, TableDefinition table, EntityReference reference)
    {
        var id = reference.Id;
        if (id == System.Guid.Empty && reference.KeyAttributes.Count > 0)
        {
            id = Writing.AlternateKeys.Find(exec.Engine.Store, exec.Engine.Validator, table, reference.KeyAttributes)
                ?? throw Faults.Create(Faults.ObjectDoesNotExist, $"A record with the specified key values does not exist in {table.LogicalName} entity.");
        }

        return exec.Engine.Store.Find(table.LogicalName, id) ?? throw Faults.NotFound(table.LogicalName, id);
    }

    /// <summary>
    /// A response whose Results are the message's OutputParameters: the collection the steps filled is handed on,
    /// not copied (nothing writes it once the message has run; asynchronous steps got copies when they were queued).
    /// </summary>
    protected static T WithResults<T>(T response, MessageExecution exec)
        where T : OrganizationResponse
    {
        if (response.Results.Count == 0)
        {
            response.Results = exec.OutputParameters;
            return response;
        }

        foreach (var output in exec.OutputParameters)
        {
            response.Results[output.Key] = output.Value;
        }

        return response;
    }
}
