using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Stops sharing a record with a user or a team.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class RevokeAccessRequest : OrganizationRequest
{
    public RevokeAccessRequest()
    {
        RequestName = "RevokeAccess";
        Target = null;
        Revokee = null;
    }

    public EntityReference Target
    {
        get => MessageBag.Get<EntityReference>(Parameters, nameof(Target));
        set => Parameters[nameof(Target)] = value;
    }

    public EntityReference Revokee
    {
        get => MessageBag.Get<EntityReference>(Parameters, nameof(Revokee));
        set => Parameters[nameof(Revokee)] = value;
    }
}
