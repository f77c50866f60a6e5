using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>The description of a workflow argument.</summary>
[AttributeUsage(AttributeTargets.All)]
[Serializable]
public sealed class ArgumentDescriptionAttribute : Attribute, IWorkflowArgument
{
    public ArgumentDescriptionAttribute()
    {
    }

    public ArgumentDescriptionAttribute(string value)
    {
        Value = value;
    }

    public string Value { get; set; }

    public object ArgumentValue => Value;
}
