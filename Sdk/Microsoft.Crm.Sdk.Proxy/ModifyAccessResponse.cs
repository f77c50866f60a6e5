using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The (empty) response to <see cref="ModifyAccessRequest"/>.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class ModifyAccessResponse : OrganizationResponse
{
    public ModifyAccessResponse()
    {
        ResponseName = "ModifyAccess";
    }
}
