using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Whether a workflow argument is the target of the process.</summary>
[AttributeUsage(AttributeTargets.All)]
[Serializable]
public sealed class ArgumentTargetAttribute : Attribute, IWorkflowArgument
{
    public ArgumentTargetAttribute()
    {
    }

    public ArgumentTargetAttribute(bool value)
    {
        Value = value;
    }

    public bool Value { get; set; }

    public object ArgumentValue => Value;
}
