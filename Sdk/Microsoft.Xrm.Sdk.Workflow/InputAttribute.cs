using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Marks an <c>InArgument&lt;T&gt;</c> (or <c>InOutArgument&lt;T&gt;</c>) property as an input of the activity.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute : ParameterAttribute
{
    public InputAttribute(string name)
        : base(name)
    {
    }
}
