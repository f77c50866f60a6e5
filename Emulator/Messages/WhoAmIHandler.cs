using CrmIndependence.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Messages;

/// <summary>WhoAmI: the calling user, their business unit and the organization.</summary>
internal sealed class WhoAmIHandler : MessageHandler
{
    public override string MessageName => "WhoAmI";

    public override void Prepare(MessageExecution exec)
    {
    }

    public override void Execute(MessageExecution exec)
    {
        exec.OutputParameters["UserId"] = exec.Caller.UserId;
        exec.OutputParameters["BusinessUnitId"] = exec.Engine.BusinessUnitOf(exec.Caller.UserId);
        exec.OutputParameters["OrganizationId"] = exec.Engine.OrganizationId;
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new WhoAmIResponse(), exec);
}
