using System;
using System.ServiceModel;
using CrmIndependence.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// ExecuteMultiple: each request runs on its own (its own transaction); a failure is reported as a fault
/// item with its index and stops the batch unless ContinueOnError; successes are returned when
/// ReturnResponses. At most 1,000 requests: a larger batch fails before any request runs, with
/// <c>ErrorDetails["MaxBatchSize"]</c> set (what Microsoft's batch-resizing code reads); an ExecuteMultiple
/// inside the batch is a fault for that request item, not for the batch ("Run-time limitations" of
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests).
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
            var fault = Faults.Refused($"The request collection of ExecuteMultiple holds {requests.Count} requests; the maximum batch size is {MaxBatchSize}. Send the requests in batches of at most {MaxBatchSize}.");
            fault.Detail.ErrorDetails["MaxBatchSize"] = MaxBatchSize;
            throw fault;
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
                if (string.Equals(requests[index]?.RequestName, MessageName, StringComparison.OrdinalIgnoreCase))
                {
                    throw Faults.Refused($"Request {index} of ExecuteMultiple is itself an ExecuteMultiple; a batch cannot contain another batch. Add its requests to this batch instead.");
                }

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
