using System;
using CrmIndependence.Emulator.Integration;
using CrmIndependence.Emulator.Recording;
using CrmIndependence.Emulator.Writing;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>
/// The <see cref="IServiceEndpointNotificationService"/> a plug-in gets from the service provider: checks
/// the endpoint exists, records the post with a copy of the context and returns the endpoint's answer.
/// </summary>
internal sealed class ServiceEndpointNotifier : IServiceEndpointNotificationService
{
    private readonly OrgEngine engine;
    private readonly StepRun run;

    public ServiceEndpointNotifier(OrgEngine engine, StepRun run)
    {
        this.engine = engine;
        this.run = run;
    }

    public string Execute(EntityReference serviceEndpoint, IExecutionContext context)
    {
        if (serviceEndpoint == null || serviceEndpoint.Id == Guid.Empty)
        {
            throw Faults.Refused("IServiceEndpointNotificationService.Execute needs the serviceendpoint to post to: pass new EntityReference(\"serviceendpoint\", id) of a registered endpoint.");
        }

        if (context == null)
        {
            throw Faults.Refused("IServiceEndpointNotificationService.Execute needs the execution context to post: pass the plug-in's context.");
        }

        var row = engine.Store.Find("serviceendpoint", serviceEndpoint.Id) ?? throw Faults.NotFound("serviceendpoint", serviceEndpoint.Id);
        var endpoint = new EntityReference("serviceendpoint", serviceEndpoint.Id) { Name = row["name"] as string };
        var contract = row["contract"] is OptionSetValue value
            ? engine.Catalog.Table("serviceendpoint").FindColumn("contract")?.LabelOf(value.Value) ?? value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Empty;
        var post = engine.ServiceEndpoints.Record(new ServiceEndpointPost(endpoint, contract, Snapshot(context), run.StepName, engine.Now));
        run.AddTrace($"Posted the context to service endpoint '{endpoint.Name}' ({contract})");
        return post.Response!;
    }

    /// <summary>The context as the platform serializes it for an endpoint: values copied, so later changes do not show.</summary>
    private static RemoteExecutionContext Snapshot(IExecutionContext context)
    {
        var remote = new RemoteExecutionContext
        {
            Mode = context.Mode,
            MessageName = context.MessageName,
            PrimaryEntityName = context.PrimaryEntityName,
            PrimaryEntityId = context.PrimaryEntityId,
            SecondaryEntityName = context.SecondaryEntityName,
            RequestId = context.RequestId,
            UserId = context.UserId,
            InitiatingUserId = context.InitiatingUserId,
            BusinessUnitId = context.BusinessUnitId,
            OrganizationId = context.OrganizationId,
            OrganizationName = context.OrganizationName,
            CorrelationId = context.CorrelationId,
            Depth = context.Depth,
            IsolationMode = context.IsolationMode,
            IsInTransaction = context.IsInTransaction,
            OperationId = context.OperationId,
            OperationCreatedOn = context.OperationCreatedOn,
            OwningExtension = context.OwningExtension,
        };
        if (context is IPluginExecutionContext plugin)
        {
            remote.Stage = plugin.Stage;
        }

        Copy(context.InputParameters, remote.InputParameters);
        Copy(context.OutputParameters, remote.OutputParameters);
        Copy(context.SharedVariables, remote.SharedVariables);
        foreach (var image in context.PreEntityImages)
        {
            remote.PreEntityImages[image.Key] = ValueCopier.Copy(image.Value);
        }

        foreach (var image in context.PostEntityImages)
        {
            remote.PostEntityImages[image.Key] = ValueCopier.Copy(image.Value);
        }

        return remote;
    }

    private static void Copy(ParameterCollection from, ParameterCollection to)
    {
        foreach (var pair in from)
        {
            to[pair.Key] = ValueCopier.Copy(pair.Value);
        }
    }
}
