namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response of Upsert; results "RecordCreated", "Target".</summary>
public sealed class UpsertResponse : OrganizationResponse
{
    public UpsertResponse()
    {
        ResponseName = "Upsert";
    }

    public bool RecordCreated => GetResult<bool>(nameof(RecordCreated));

    public EntityReference Target => GetResult<EntityReference>(nameof(Target));
}
