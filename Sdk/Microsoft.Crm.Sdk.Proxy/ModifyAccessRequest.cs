using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Replaces the rights a record is shared with a user or a team.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class ModifyAccessRequest : OrganizationRequest
{
    public ModifyAccessRequest()
    {
        RequestName = "ModifyAccess";
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
