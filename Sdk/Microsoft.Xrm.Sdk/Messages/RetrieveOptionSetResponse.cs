using Microsoft.Xrm.Sdk.Metadata;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response of RetrieveOptionSet; result "OptionSetMetadata".</summary>
public sealed class RetrieveOptionSetResponse : OrganizationResponse
{
    public RetrieveOptionSetResponse()
    {
        ResponseName = "RetrieveOptionSet";
    }

    public OptionSetMetadataBase OptionSetMetadata => GetResult<OptionSetMetadataBase>(nameof(OptionSetMetadata));
}
