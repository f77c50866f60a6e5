using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Marks an early-bound navigation property with its relationship.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RelationshipSchemaNameAttribute : Attribute
{
    public RelationshipSchemaNameAttribute(string schemaName)
    {
        if (string.IsNullOrWhiteSpace(schemaName))
        {
            throw new ArgumentNullException(nameof(schemaName));
        }

        SchemaName = schemaName;
    }

    public RelationshipSchemaNameAttribute(string schemaName, EntityRole primaryEntityRole)
        : this(schemaName)
    {
        PrimaryEntityRole = primaryEntityRole;
    }

    public string SchemaName { get; }

    public EntityRole? PrimaryEntityRole { get; }
}
