namespace Microsoft.Xrm.Sdk;

/// <summary>The requests of an ExecuteMultiple or ExecuteTransaction request.</summary>
public sealed class OrganizationRequestCollection : DataCollection<OrganizationRequest>
{
    public OrganizationRequestCollection()
    {
    }
}
