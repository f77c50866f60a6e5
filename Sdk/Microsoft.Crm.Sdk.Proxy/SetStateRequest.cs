using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Sets the state (<c>statecode</c>) and status reason (<c>statuscode</c>) of a record.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class SetStateRequest : OrganizationRequest
{
    public SetStateRequest()
    {
        RequestName = "SetState";
        EntityMoniker = null;
        State = null;
        Status = null;
    }

    /// <summary>The record whose state changes.</summary>
    public EntityReference EntityMoniker
    {
        get => MessageBag.Get<EntityReference>(Parameters, nameof(EntityMoniker));
        set => Parameters[nameof(EntityMoniker)] = value;
    }

    /// <summary>The new state.</summary>
    public OptionSetValue State
    {
        get => MessageBag.Get<OptionSetValue>(Parameters, nameof(State));
        set => Parameters[nameof(State)] = value;
    }

    /// <summary>The new status reason; it must belong to <see cref="State"/>.</summary>
    public OptionSetValue Status
    {
        get => MessageBag.Get<OptionSetValue>(Parameters, nameof(Status));
        set => Parameters[nameof(Status)] = value;
    }
}
