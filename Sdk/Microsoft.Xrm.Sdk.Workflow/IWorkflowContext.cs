namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>
/// What the platform tells a custom workflow activity about the process it runs in; obtained with
/// <c>context.GetExtension&lt;IWorkflowContext&gt;()</c>.
/// </summary>
public interface IWorkflowContext : IExecutionContext
{
    /// <summary>The name of the stage the process is in.</summary>
    string StageName { get; }

    /// <summary>The process category (0 workflow, 1 dialog, 3 action, ...).</summary>
    int WorkflowCategory { get; }

    /// <summary>0 background (asynchronous), 1 real-time (synchronous).</summary>
    int WorkflowMode { get; }

    /// <summary>The context of the process that started this one, if any.</summary>
    IWorkflowContext ParentContext { get; }
}
