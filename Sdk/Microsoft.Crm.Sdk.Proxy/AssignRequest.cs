using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Gives a record a new owner (a user or a team).</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class AssignRequest : OrganizationRequest
{
    public AssignRequest()
    {
        RequestName = "Assign";
        Target = null;
        Assignee = null;
    }

    /// <summary>The record to assign.</summary>
    public EntityReference Target
    {
        get => MessageBag.Get<EntityReference>(Parameters, nameof(Target));
        set => Parameters[nameof(Target)] = value;
    }

    /// <summary>The new owner: a <c>systemuser</c> or a <c>team</c>.</summary>
    public EntityReference Assignee
    {
        get => MessageBag.Get<EntityReference>(Parameters, nameof(Assignee));
        set => Parameters[nameof(Assignee)] = value;
    }
}
