using System;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response of Create; result "id".</summary>
public sealed class CreateResponse : OrganizationResponse
{
    public CreateResponse()
    {
        ResponseName = "Create";
    }

#pragma warning disable IDE1006 // The official property is lower-case.
    public Guid id => GetResult<Guid>(nameof(id));
#pragma warning restore IDE1006
}
