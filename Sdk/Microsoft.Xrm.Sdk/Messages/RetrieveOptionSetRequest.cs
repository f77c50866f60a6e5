using System;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieves a global choice. Message "RetrieveOptionSet"; parameters "Name", "MetadataId", "RetrieveAsIfPublished".</summary>
public sealed class RetrieveOptionSetRequest : OrganizationRequest
{
    public RetrieveOptionSetRequest()
    {
        RequestName = "RetrieveOptionSet";
        MetadataId = Guid.Empty;
        RetrieveAsIfPublished = false;
    }

    public string Name
    {
        get => GetParameter<string>(nameof(Name));
        set => Parameters[nameof(Name)] = value;
    }

    public Guid MetadataId
    {
        get => GetParameter<Guid>(nameof(MetadataId));
        set => Parameters[nameof(MetadataId)] = value;
    }

    public bool RetrieveAsIfPublished
    {
        get => GetParameter<bool>(nameof(RetrieveAsIfPublished));
        set => Parameters[nameof(RetrieveAsIfPublished)] = value;
    }
}
