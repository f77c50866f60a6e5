using CrmIndependence.Emulator.Pipeline;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// A custom API: the request's parameters are the InputParameters; the plug-in registered for the API is
/// the core operation (stage 30); whatever it puts in OutputParameters becomes the response's Results.
/// A bound API takes its row in the Target parameter.
/// </summary>
internal sealed class CustomApiHandler : MessageHandler
{
    private readonly CustomApiRegistration api;

    public CustomApiHandler(CustomApiRegistration api)
    {
        this.api = api;
    }

    public override string MessageName => api.UniqueName;

    public override void Prepare(MessageExecution exec)
    {
        if (api.BoundTable is { Length: > 0 } bound)
        {
            var target = exec.Required<EntityReference>("Target");
            if (target.LogicalName != bound)
            {
                throw Faults.Refused($"The custom API '{api.UniqueName}' is bound to {bound}; its Target is a {target.LogicalName}.");
            }

            var row = RowOf(exec, TableOf(exec, bound), target);
            exec.PrimaryEntityName = bound;
            exec.PrimaryEntityId = row.Id;
        }
    }

    public override void Execute(MessageExecution exec) => exec.Engine.StepRunner.RunMainOperation(exec, api);

    public override OrganizationResponse Respond(MessageExecution exec) =>
        WithResults(new OrganizationResponse { ResponseName = api.UniqueName }, exec);
}
