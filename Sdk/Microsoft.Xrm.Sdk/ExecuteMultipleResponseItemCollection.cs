namespace Microsoft.Xrm.Sdk;

/// <summary>The per-request results of an ExecuteMultiple request.</summary>
public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
{
    public ExecuteMultipleResponseItemCollection()
    {
    }
}
