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
/// RetrieveEntity: a table's metadata from the org's catalog, by LogicalName or MetadataId, with the parts
/// EntityFilters asks for (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveentityrequest).
/// </summary>
internal sealed class RetrieveEntityHandler : MessageHandler
{
    public override string MessageName => "RetrieveEntity";

    public override void Prepare(MessageExecution exec)
    {
        var table = Find(exec);
        exec.HandlerState = table;
    }

    public override void Execute(MessageExecution exec)
    {
        var filters = exec.Optional<EntityFilters?>("EntityFilters") ?? EntityFilters.Default;
        exec.OutputParameters["EntityMetadata"] = EntityDescriber.Describe(exec.Engine.Catalog, (TableDefinition)exec.HandlerState!, filters);
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new RetrieveEntityResponse(), exec);

    private static TableDefinition Find(MessageExecution exec)
    {
        var name = exec.Optional<string>("LogicalName");
        var id = exec.Optional<Guid>("MetadataId");
        var catalog = exec.Engine.Catalog;
        var table = !string.IsNullOrEmpty(name)
            ? catalog.FindTable(name)
            : catalog.Tables.FirstOrDefault(candidate => EntityDescriber.MetadataIdOf(candidate.LogicalName) == id);
        if (table == null && string.IsNullOrEmpty(name) && id == Guid.Empty)
        {
            throw Faults.Refused("RetrieveEntity names no table: set LogicalName (or MetadataId).");
        }

        return table ?? throw Faults.Create(Faults.ObjectDoesNotExist, $"Could not find an entity with name {name} and id {id}.");
    }
}
