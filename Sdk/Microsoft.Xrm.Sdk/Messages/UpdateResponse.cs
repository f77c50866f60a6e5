namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response of Update (no results).</summary>
public sealed class UpdateResponse : OrganizationResponse
{
    public UpdateResponse()
    {
        ResponseName = "Update";
    }
}
