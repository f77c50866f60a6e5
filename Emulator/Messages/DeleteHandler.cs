using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// Delete: rows that point at the deleted row are deleted too (cascade, through their own Delete
/// pipeline), unlinked (remove link) or protect it (restrict), as each lookup says; N:N associations
/// and the activitypointer mirror go with it.
/// </summary>
internal sealed class DeleteHandler : MessageHandler
{
    public override string MessageName => "Delete";

    public override void Prepare(MessageExecution exec)
    {
        var target = exec.Required<EntityReference>("Target");
        var table = TableOf(exec, target.LogicalName);
        if (table.LogicalName == "systemuser" || table.IsIntersect || !table.IsCreatable)
        {
            throw Faults.Refused($"Rows of table '{table.LogicalName}' cannot be deleted (disable a user instead of deleting it; use Disassociate for associations).");
        }

        var row = RowOf(exec, table, target);
        exec.PrimaryEntityName = table.LogicalName;
        exec.PrimaryEntityId = row.Id;
    }

    public override void Execute(MessageExecution exec)
    {
        var engine = exec.Engine;
        var table = TableOf(exec, exec.PrimaryEntityName);
        var row = engine.Store.Find(table.LogicalName, exec.PrimaryEntityId) ?? throw Faults.NotFound(table.LogicalName, exec.PrimaryEntityId);
        UpdateHandler.CheckRowVersion(exec, row.Version, exec.TargetReference?.RowVersion);

        foreach (var (referencing, column) in engine.Catalog.LookupsTo(table.LogicalName).ToList())
        {
            if (referencing.LogicalName == "activitypointer")
            {
                continue;
            }

            var children = engine.Store.Table(referencing.LogicalName).RowsWhereEqual(column.LogicalName, row.Id)
                .Where(child => child.Id != row.Id && (child[column.LogicalName] as EntityReference)?.LogicalName == table.LogicalName)
                .ToList();
            foreach (var child in children)
            {
                if (engine.Store.Find(child.Table, child.Id) == null)
                {
                    continue;
                }

                switch (column.OnTargetDeleted)
                {
                    case DeleteBehavior.Cascade:
                        engine.ExecuteChild(exec, new DeleteRequest { Target = new EntityReference(child.Table, child.Id) });
                        break;
                    case DeleteBehavior.Restrict:
                        throw Faults.Refused(
                            $"The {table.LogicalName} {row.Id} cannot be deleted because the {referencing.LogicalName} {child.Id} points at it through '{column.LogicalName}' (restrict delete).");
                    default:
                        engine.Writer.SetColumn(referencing, child, column.LogicalName, null, exec.WriteContext);
                        break;
                }
            }
        }

        engine.Writer.Delete(table, row);
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new DeleteResponse(), exec);
}
