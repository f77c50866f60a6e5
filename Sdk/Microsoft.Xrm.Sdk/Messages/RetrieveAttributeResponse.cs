using Microsoft.Xrm.Sdk.Metadata;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response of RetrieveAttribute; result "AttributeMetadata" (the subclass of the column's type).</summary>
public sealed class RetrieveAttributeResponse : OrganizationResponse
{
    public RetrieveAttributeResponse()
    {
        ResponseName = "RetrieveAttribute";
    }

    public AttributeMetadata AttributeMetadata => GetResult<AttributeMetadata>(nameof(AttributeMetadata));
}
