namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response of Delete (no results).</summary>
public sealed class DeleteResponse : OrganizationResponse
{
    public DeleteResponse()
    {
        ResponseName = "Delete";
    }
}
