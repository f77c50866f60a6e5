namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates a row. Message "Create"; parameter "Target".</summary>
public sealed class CreateRequest : OrganizationRequest
{
    public CreateRequest()
    {
        RequestName = "Create";
        Target = null;
    }

    public Entity Target
    {
        get => GetParameter<Entity>(nameof(Target));
        set => Parameters[nameof(Target)] = value;
    }
}
