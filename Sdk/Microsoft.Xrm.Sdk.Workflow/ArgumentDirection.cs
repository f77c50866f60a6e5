namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Whether a workflow argument flows into or out of the activity.</summary>
public enum ArgumentDirection
{
    Input = 0,
    Output = 1,
}
