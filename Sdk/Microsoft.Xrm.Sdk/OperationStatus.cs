namespace Microsoft.Xrm.Sdk;

/// <summary>The status a plug-in or workflow reports when it stops an operation.</summary>
public enum OperationStatus
{
    Failed = 0,
    Canceled = 1,
    Retry = 2,
    Suspended = 3,
    Succeeded = 4,
}
