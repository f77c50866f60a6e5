namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response of ExecuteTransaction; result "Responses".</summary>
public sealed class ExecuteTransactionResponse : OrganizationResponse
{
    public ExecuteTransactionResponse()
    {
        ResponseName = "ExecuteTransaction";
    }

    public OrganizationResponseCollection Responses => GetResult<OrganizationResponseCollection>(nameof(Responses));
}
