using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Shares a record with a user or a team (the rights in PrincipalAccess are added to any already shared).</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class GrantAccessRequest : OrganizationRequest
{
    public GrantAccessRequest()
    {
        RequestName = "GrantAccess";
        Target = null;
        PrincipalAccess = null;
    }

    public EntityReference Target
    {
        get => MessageBag.Get<EntityReference>(Parameters, nameof(Target));
        set => Parameters[nameof(Target)] = value;
    }

    public PrincipalAccess PrincipalAccess
    {
        get => MessageBag.Get<PrincipalAccess>(Parameters, nameof(PrincipalAccess));
        set => Parameters[nameof(PrincipalAccess)] = value;
    }
}
