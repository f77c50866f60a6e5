using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Marks an <c>OutArgument&lt;T&gt;</c> (or <c>InOutArgument&lt;T&gt;</c>) property as an output of the activity.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : ParameterAttribute
{
    public OutputAttribute(string name)
        : base(name)
    {
    }
}
