using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>
/// The response to <see cref="WhoAmIRequest"/>. The properties are read-only views over
/// <c>Results</c>; whoever answers the request fills <c>Results["UserId"]</c> and the others.
/// </summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class WhoAmIResponse : OrganizationResponse
{
    public WhoAmIResponse()
    {
        ResponseName = "WhoAmI";
    }

    /// <summary>The calling user (<c>systemuserid</c>).</summary>
    public Guid UserId => MessageBag.Get<Guid>(Results, nameof(UserId));

    /// <summary>The calling user's business unit.</summary>
    public Guid BusinessUnitId => MessageBag.Get<Guid>(Results, nameof(BusinessUnitId));

    /// <summary>The organization.</summary>
    public Guid OrganizationId => MessageBag.Get<Guid>(Results, nameof(OrganizationId));
}
