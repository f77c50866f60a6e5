using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>
/// Closes an opportunity as Won. The request name is <c>WinOpportunity</c>; inside the pipeline the
/// platform runs it as the message <c>Win</c> (that is the plug-in context's <c>MessageName</c>).
/// </summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class WinOpportunityRequest : OrganizationRequest
{
    public WinOpportunityRequest()
    {
        RequestName = "WinOpportunity";
        OpportunityClose = null;
        Status = null;
    }

    /// <summary>The <c>opportunityclose</c> activity recorded with the close (its <c>opportunityid</c> names the deal).</summary>
    public Entity OpportunityClose
    {
        get => MessageBag.Get<Entity>(Parameters, nameof(OpportunityClose));
        set => Parameters[nameof(OpportunityClose)] = value;
    }

    /// <summary>The status reason to close with; it must belong to the Won state.</summary>
    public OptionSetValue Status
    {
        get => MessageBag.Get<OptionSetValue>(Parameters, nameof(Status));
        set => Parameters[nameof(Status)] = value;
    }
}
