namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates or updates a row identified by id or alternate key. Message "Upsert"; parameter "Target".</summary>
public sealed class UpsertRequest : OrganizationRequest
{
    public UpsertRequest()
    {
        RequestName = "Upsert";
        Target = null;
    }

    public Entity Target
    {
        get => GetParameter<Entity>(nameof(Target));
        set => Parameters[nameof(Target)] = value;
    }
}
