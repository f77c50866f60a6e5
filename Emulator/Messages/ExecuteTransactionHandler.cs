using System;
using System.ServiceModel;
using CrmIndependence.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// ExecuteTransaction: every request in one transaction; the first failure undoes them all and surfaces
/// as an ExecuteTransactionFault whose FaultedRequestIndex names the failing request.
/// </summary>
internal sealed class ExecuteTransactionHandler : MessageHandler
{
    public override string MessageName => "ExecuteTransaction";

    public override void Prepare(MessageExecution exec)
    {
        var requests = exec.Required<OrganizationRequestCollection>("Requests");
        if (requests.Count > ExecuteMultipleHandler.MaxBatchSize)
        {
            throw Faults.Refused($"ExecuteTransaction holds {requests.Count} requests; the maximum is {ExecuteMultipleHandler.MaxBatchSize}.");
        }

        foreach (var request in requests)
        {
            if (request?.RequestName is "ExecuteMultiple" or "ExecuteTransaction")
            {
                throw Faults.Refused($"ExecuteTransaction cannot contain a {request.RequestName} request.");
            }
        }
    }

    public override void Execute(MessageExecution exec)
    {
        var requests = exec.Required<OrganizationRequestCollection>("Requests");
        var responses = new OrganizationResponseCollection();
        for (var index = 0; index < requests.Count; index++)
        {
            try
            {
                responses.Add(exec.Engine.ExecuteChild(exec, requests[index] ?? throw new ArgumentException($"Request {index} of ExecuteTransaction is null."), callersOwnRequest: true));
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                throw Faults.TransactionFailed(index, fault.Detail);
            }
        }

        if (exec.Optional<bool?>("ReturnResponses") == true)
        {
            exec.OutputParameters["Responses"] = responses;
        }
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new ExecuteTransactionResponse(), exec);
}
