using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The response to <see cref="CalculateRollupFieldRequest"/>: the row with the recalculated column.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class CalculateRollupFieldResponse : OrganizationResponse
{
    public CalculateRollupFieldResponse()
    {
        ResponseName = "CalculateRollupField";
    }

    public Entity Entity => MessageBag.Get<Entity>(Results, nameof(Entity));
}
