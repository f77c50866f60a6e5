using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Marks an early-bound property with the logical name of its column.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AttributeLogicalNameAttribute : Attribute
{
    public AttributeLogicalNameAttribute(string logicalName)
    {
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw new ArgumentNullException(nameof(logicalName));
        }

        LogicalName = logicalName;
    }

    public string LogicalName { get; }
}
