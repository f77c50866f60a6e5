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
/// RetrieveOptionSet: a global choice by Name (or MetadataId). A column's own choice is not global and is
/// read with RetrieveAttribute, as in Dataverse (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveoptionsetrequest).
/// </summary>
internal sealed class RetrieveOptionSetHandler : MessageHandler
{
    public override string MessageName => "RetrieveOptionSet";

    public override void Prepare(MessageExecution exec)
    {
        var catalog = exec.Engine.Catalog;
        var name = exec.Optional<string>("Name");
        var id = exec.Optional<Guid>("MetadataId");
        if (string.IsNullOrEmpty(name) && id == Guid.Empty)
        {
            throw Faults.Refused("RetrieveOptionSet names no global choice: set Name (or MetadataId).");
        }

        var choice = !string.IsNullOrEmpty(name)
            ? catalog.FindGlobalChoice(name)
            : catalog.GlobalChoices.FirstOrDefault(candidate => AttributeDescriber.OptionSet(candidate.Name, null, true, OptionSetType.Picklist, Array.Empty<OptionMetadata>()).MetadataId == id);
        exec.HandlerState = choice ?? throw Faults.Create(
            Faults.ObjectDoesNotExist,
            $"Could not find the global choice (option set) '{name ?? id.ToString()}'. A column's own choice is not global: read it with RetrieveAttribute.");
    }

    public override void Execute(MessageExecution exec)
    {
        var choice = (GlobalChoiceDefinition)exec.HandlerState!;
        exec.OutputParameters["OptionSetMetadata"] = AttributeDescriber.OptionSet(
            choice.Name, choice.DisplayName, isGlobal: true, OptionSetType.Picklist, choice.Options.Select(option => AttributeDescriber.Option(option.Value, option.Label)));
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new RetrieveOptionSetResponse(), exec);
}
