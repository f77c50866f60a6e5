namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Deletes a row. Message "Delete"; parameters "Target", "ConcurrencyBehavior".</summary>
public sealed class DeleteRequest : OrganizationRequest
{
    public DeleteRequest()
    {
        RequestName = "Delete";
        Target = null;
    }

    public EntityReference Target
    {
        get => GetParameter<EntityReference>(nameof(Target));
        set => Parameters[nameof(Target)] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => GetParameter<ConcurrencyBehavior>(nameof(ConcurrencyBehavior));
        set => Parameters[nameof(ConcurrencyBehavior)] = value;
    }
}
