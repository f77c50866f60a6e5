using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>The default value of an input argument, as text (with the table for an <c>EntityReference</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DefaultAttribute : Attribute
{
    public DefaultAttribute(string value)
    {
        Value = value;
    }

    public DefaultAttribute(string value, string entityName)
        : this(value)
    {
        EntityName = entityName;
    }

    public string EntityName { get; }

    public string Value { get; }
}
