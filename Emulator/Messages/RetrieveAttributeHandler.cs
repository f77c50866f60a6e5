using System;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Metadata.Describing;
using CrmIndependence.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Metadata;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// RetrieveAttribute: a column's metadata (the AttributeMetadata subclass of its type) by EntityLogicalName
/// and LogicalName, or by MetadataId (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveattributerequest).
/// </summary>
internal sealed class RetrieveAttributeHandler : MessageHandler
{
    public override string MessageName => "RetrieveAttribute";

    public override void Prepare(MessageExecution exec)
    {
        var catalog = exec.Engine.Catalog;
        var tableName = exec.Optional<string>("EntityLogicalName");
        var columnName = exec.Optional<string>("LogicalName");
        var id = exec.Optional<Guid>("MetadataId");
        if (!string.IsNullOrEmpty(tableName) && !string.IsNullOrEmpty(columnName))
        {
            var table = catalog.FindTable(tableName)
                ?? throw Faults.Create(Faults.ObjectDoesNotExist, $"Could not find an entity with name {tableName}.");
            var column = table.FindColumn(columnName)
                ?? throw Faults.Create(Faults.ObjectDoesNotExist, $"Could not find attribute '{columnName}' on entity '{tableName}'.");
            exec.HandlerState = (table, column);
            return;
        }

        if (id == Guid.Empty)
        {
            throw Faults.Refused("RetrieveAttribute names no column: set EntityLogicalName and LogicalName (or MetadataId).");
        }

        var found = catalog.Tables.SelectMany(table => table.Columns.Select(column => (table, column)))
            .FirstOrDefault(pair => AttributeDescriber.MetadataIdOf(pair.table.LogicalName, pair.column.LogicalName) == id);
        exec.HandlerState = found.table == null
            ? throw Faults.Create(Faults.ObjectDoesNotExist, $"Could not find an attribute with id {id}.")
            : found;
    }

    public override void Execute(MessageExecution exec)
    {
        var (table, column) = ((TableDefinition, ColumnDefinition))exec.HandlerState!;
        exec.OutputParameters["AttributeMetadata"] = AttributeDescriber.Describe(exec.Engine.Catalog, table, column);
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new RetrieveAttributeResponse(), exec);
}
