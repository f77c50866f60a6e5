namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response of Associate (no results).</summary>
public sealed class AssociateResponse : OrganizationResponse
{
    public AssociateResponse()
    {
        ResponseName = "Associate";
    }
}
