using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The (empty) response to <see cref="GrantAccessRequest"/>.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class GrantAccessResponse : OrganizationResponse
{
    public GrantAccessResponse()
    {
        ResponseName = "GrantAccess";
    }
}
