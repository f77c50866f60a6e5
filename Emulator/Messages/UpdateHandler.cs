using System;
using System.Collections.Generic;
using System.Globalization;
using CrmIndependence.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// Update: the Target holds only the columns sent (null clears one); the PreOperation Target also shows
/// modifiedon and modifiedby; with ConcurrencyBehavior.IfRowVersionMatches the Target's RowVersion must
/// be the row's current version. State and status, and the owner fields of business-owned tables, sent
/// with other columns split the Update in parts (<see cref="UpdateSplit"/>).
/// </summary>
internal sealed class UpdateHandler : MessageHandler
{
    public override string MessageName => "Update";

    /// <summary>modifiedon and modifiedby, added before stage 20.</summary>
    public override int TargetRoom(OrgEngine engine, Entity target) => 2;

    public override void Prepare(MessageExecution exec)
    {
        var target = exec.Required<Entity>("Target");
        var table = TableOf(exec, target.LogicalName);
        if (!table.IsCreatable || table.IsIntersect)
        {
            throw Faults.Refused($"Rows of table '{table.LogicalName}' cannot be updated directly (update the activity itself, or use Associate/Disassociate).");
        }

        var id = target.Id;
        if (id == Guid.Empty && target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var key) && key is Guid keyId)
        {
            id = keyId;
        }

        var reference = id != Guid.Empty ? new EntityReference(table.LogicalName, id) : new EntityReference(table.LogicalName, target.KeyAttributes);
        if (id == Guid.Empty && target.KeyAttributes.Count == 0)
        {
            throw Faults.Refused($"The Update of {table.LogicalName} names no row: set the Target's Id, its {table.PrimaryIdAttribute} or its KeyAttributes.");
        }

        var row = RowOf(exec, table, reference);
        target.Id = row.Id;
        exec.PrimaryEntityName = table.LogicalName;
        exec.PrimaryEntityId = row.Id;
        exec.Engine.Writer.Check(table, target, row.Id, exec.WriteContext);
    }

    public override void BeforePreOperation(MessageExecution exec)
    {
        exec.Engine.TargetAdditions.AddUpdateColumns(TableOf(exec, exec.PrimaryEntityName), exec.TargetEntity!, exec.WriteContext, exec.PlatformAddedColumns);
    }

    public override IReadOnlyList<Entity>? SplitTargets(MessageExecution exec) =>
        UpdateSplit.PartsOf(TableOf(exec, exec.PrimaryEntityName), exec.Required<Entity>("Target"));

    public override void Execute(MessageExecution exec)
    {
        var target = exec.Required<Entity>("Target");
        var table = TableOf(exec, exec.PrimaryEntityName);
        var row = exec.Engine.Store.Find(table.LogicalName, exec.PrimaryEntityId) ?? throw Faults.NotFound(table.LogicalName, exec.PrimaryEntityId);
        if (exec.SplitPart == 0)
        {
            // The version the caller read is checked once, before the first part writes.
            CheckRowVersion(exec, row.Version, target.RowVersion);
        }

        exec.Engine.Writer.Update(table, row, target, exec.WriteContext);
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new UpdateResponse(), exec);

    /// <summary>Optimistic concurrency: with IfRowVersionMatches the given version must be the current one.</summary>
    internal static void CheckRowVersion(MessageExecution exec, long current, string? given)
    {
        if (exec.Optional<ConcurrencyBehavior>("ConcurrencyBehavior") != ConcurrencyBehavior.IfRowVersionMatches)
        {
            return;
        }

        if (string.IsNullOrEmpty(given))
        {
            throw Faults.RowVersionMissing(exec.PrimaryEntityName, exec.PrimaryEntityId);
        }

        if (given != current.ToString(CultureInfo.InvariantCulture))
        {
            throw Faults.RowVersionMismatch(exec.PrimaryEntityName, exec.PrimaryEntityId, given, current);
        }
    }
}
