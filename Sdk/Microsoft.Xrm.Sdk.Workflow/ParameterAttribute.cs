using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Names a custom workflow activity's argument as the process designer shows it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public abstract class ParameterAttribute : Attribute
{
    protected ParameterAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The label of the argument in the process designer.</summary>
    public string Name { get; }
}
