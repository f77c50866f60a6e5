using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>
/// Closes an opportunity as Lost. The request name is <c>LoseOpportunity</c>; inside the pipeline the
/// platform runs it as the message <c>Lose</c> (that is the plug-in context's <c>MessageName</c>).
/// </summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class LoseOpportunityRequest : OrganizationRequest
{
    public LoseOpportunityRequest()
    {
        RequestName = "LoseOpportunity";
        OpportunityClose = null;
        Status = null;
    }

    /// <summary>The <c>opportunityclose</c> activity recorded with the close (its <c>opportunityid</c> names the deal).</summary>
    public Entity OpportunityClose
    {
        get => MessageBag.Get<Entity>(Parameters, nameof(OpportunityClose));
        set => Parameters[nameof(OpportunityClose)] = value;
    }

    /// <summary>The status reason to close with; it must belong to the Lost state.</summary>
    public OptionSetValue Status
    {
        get => MessageBag.Get<OptionSetValue>(Parameters, nameof(Status));
        set => Parameters[nameof(Status)] = value;
    }
}
