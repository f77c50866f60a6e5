using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Whether a workflow argument is an input or an output.</summary>
[AttributeUsage(AttributeTargets.All)]
[Serializable]
public sealed class ArgumentDirectionAttribute : Attribute, IWorkflowArgument
{
    public ArgumentDirectionAttribute()
    {
    }

    public ArgumentDirectionAttribute(ArgumentDirection value)
    {
        Value = value;
    }

    public ArgumentDirection Value { get; set; }

    public object ArgumentValue => Value;
}
