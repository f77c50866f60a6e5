using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Whether a workflow argument is required.</summary>
[AttributeUsage(AttributeTargets.All)]
[Serializable]
public sealed class ArgumentRequiredAttribute : Attribute, IWorkflowArgument
{
    public ArgumentRequiredAttribute()
    {
    }

    public ArgumentRequiredAttribute(bool value)
    {
        Value = value;
    }

    public bool Value { get; set; }

    public object ArgumentValue => Value;
}
