namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response of Disassociate (no results).</summary>
public sealed class DisassociateResponse : OrganizationResponse
{
    public DisassociateResponse()
    {
        ResponseName = "Disassociate";
    }
}
