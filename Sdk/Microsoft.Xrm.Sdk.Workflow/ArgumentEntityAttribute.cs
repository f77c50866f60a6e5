using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>The table a workflow argument refers to.</summary>
[AttributeUsage(AttributeTargets.All)]
[Serializable]
public sealed class ArgumentEntityAttribute : Attribute, IWorkflowArgument
{
    public ArgumentEntityAttribute()
    {
    }

    public ArgumentEntityAttribute(string value)
    {
        Value = value;
    }

    public string Value { get; set; }

    public object ArgumentValue => Value;
}
