using System;
using System.ServiceModel;
using CrmIndependence.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// ExecuteMultiple: each request runs on its own (its own transaction); a failure is reported as a fault
/// item with its index and stops the batch unless ContinueOnError; successes are returned when
/// ReturnResponses. At most 1,000 requests; no ExecuteMultiple inside one.
/// </summary>
internal sealed class ExecuteMultipleHandler : MessageHandler
{
    public const int MaxBatchSize = 1000;

    public override string MessageName => "ExecuteMultiple";

    public override bool IsTransactional => false;

    public override void Prepare(MessageExecution exec)
    {
        var requests = exec.Required<OrganizationRequestCollection>("Requests");
        exec.Required<ExecuteMultipleSettings>("Settings");
        if (requests.Count > MaxBatchSize)
        {
            throw Faults.Refused($"The request collection of ExecuteMultiple holds {requests.Count} requests; the maximum batch size is {MaxBatchSize}.");
        }

        foreach (var request in requests)
        {
            if (request?.RequestName is "ExecuteMultiple")
            {
                throw Faults.Refused("ExecuteMultiple cannot contain another ExecuteMultiple request.");
            }
        }
    }

    public override void Execute(MessageExecution exec)
    {
        var requests = exec.Required<OrganizationRequestCollection>("Requests");
        var settings = exec.Required<ExecuteMultipleSettings>("Settings");
        var items = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        for (var index = 0; index < requests.Count; index++)
        {
            try
            {
                var response = exec.Engine.ExecuteChild(exec, requests[index] ?? throw new ArgumentException($"Request {index} of ExecuteMultiple is null."), callersOwnRequest: true);
                if (settings.ReturnResponses)
                {
                    items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Response = response });
                }
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                faulted = true;
                items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Fault = fault.Detail });
                if (!settings.ContinueOnError)
                {
                    break;
                }
            }
        }

        exec.OutputParameters["IsFaulted"] = faulted;
        exec.OutputParameters["Responses"] = items;
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new ExecuteMultipleResponse(), exec);
}
