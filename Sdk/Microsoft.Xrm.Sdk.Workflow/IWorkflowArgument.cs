namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>An argument attribute of the process designer: exposes its value untyped.</summary>
public interface IWorkflowArgument
{
    object ArgumentValue { get; }
}
