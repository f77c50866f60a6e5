using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Asks which rights a user or a team holds on a record.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class RetrievePrincipalAccessRequest : OrganizationRequest
{
    public RetrievePrincipalAccessRequest()
    {
        RequestName = "RetrievePrincipalAccess";
        Target = null;
        Principal = null;
    }

    public EntityReference Target
    {
        get => MessageBag.Get<EntityReference>(Parameters, nameof(Target));
        set => Parameters[nameof(Target)] = value;
    }

    public EntityReference Principal
    {
        get => MessageBag.Get<EntityReference>(Parameters, nameof(Principal));
        set => Parameters[nameof(Principal)] = value;
    }
}
