namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Updates a row. Message "Update"; parameters "Target", "ConcurrencyBehavior".</summary>
public sealed class UpdateRequest : OrganizationRequest
{
    public UpdateRequest()
    {
        RequestName = "Update";
        Target = null;
    }

    public Entity Target
    {
        get => GetParameter<Entity>(nameof(Target));
        set => Parameters[nameof(Target)] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => GetParameter<ConcurrencyBehavior>(nameof(ConcurrencyBehavior));
        set => Parameters[nameof(ConcurrencyBehavior)] = value;
    }
}
