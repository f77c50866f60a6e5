namespace Microsoft.Xrm.Sdk;

/// <summary>The responses of an ExecuteTransaction request.</summary>
public sealed class OrganizationResponseCollection : DataCollection<OrganizationResponse>
{
    public OrganizationResponseCollection()
    {
    }
}
