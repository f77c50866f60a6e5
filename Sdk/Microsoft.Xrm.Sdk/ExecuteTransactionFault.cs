using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>The fault of an ExecuteTransaction request: which request failed.</summary>
[Serializable]
public sealed class ExecuteTransactionFault : OrganizationServiceFault
{
    public ExecuteTransactionFault()
    {
    }

    public int FaultedRequestIndex { get; set; }
}
