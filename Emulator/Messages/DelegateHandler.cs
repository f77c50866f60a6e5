using System;
using CrmIndependence.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Messages;

/// <summary>A message a test supplies the core operation of (see <see cref="MessageRegistry.Register"/>).</summary>
internal sealed class DelegateHandler : MessageHandler
{
    private readonly string messageName;
    private readonly Func<OrganizationRequest, OrganizationResponse> coreOperation;

    public DelegateHandler(string messageName, Func<OrganizationRequest, OrganizationResponse> coreOperation)
    {
        this.messageName = messageName;
        this.coreOperation = coreOperation;
    }

    public override string MessageName => messageName;

    public override void Prepare(MessageExecution exec)
    {
        if (exec.TargetReference is { } reference)
        {
            exec.PrimaryEntityName = reference.LogicalName;
            exec.PrimaryEntityId = reference.Id;
        }
        else if (exec.TargetEntity is { } entity)
        {
            exec.PrimaryEntityName = entity.LogicalName;
            exec.PrimaryEntityId = entity.Id;
        }
    }

    public override void Execute(MessageExecution exec)
    {
        var response = coreOperation(exec.Request) ?? new OrganizationResponse();
        foreach (var result in response.Results)
        {
            exec.OutputParameters[result.Key] = result.Value;
        }

        exec.HandlerState = response;
    }

    public override OrganizationResponse Respond(MessageExecution exec)
    {
        var response = exec.HandlerState as OrganizationResponse ?? new OrganizationResponse();
        response.ResponseName ??= exec.RequestName;
        response.Results = new ParameterCollection();
        return WithResults(response, exec);
    }
}
