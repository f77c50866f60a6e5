using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The response to <see cref="RetrievePrincipalAccessRequest"/>: the rights the principal holds on the record.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class RetrievePrincipalAccessResponse : OrganizationResponse
{
    public RetrievePrincipalAccessResponse()
    {
        ResponseName = "RetrievePrincipalAccess";
    }

    public AccessRights AccessRights => MessageBag.Get<AccessRights>(Results, nameof(AccessRights));
}
