using System.Globalization;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A relationship by schema name, with the primary entity's role for self-referential ones.</summary>
public sealed class Relationship : IExtensibleDataObject
{
    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    public string SchemaName { get; set; }

    public EntityRole? PrimaryEntityRole { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Equal when schema names match exactly (ordinal) and the roles match.</summary>
    public override bool Equals(object obj) =>
        obj is Relationship other && SchemaName == other.SchemaName && PrimaryEntityRole == other.PrimaryEntityRole;

    public override int GetHashCode()
    {
        int hash = (SchemaName ?? string.Empty).GetHashCode();
        if (PrimaryEntityRole.HasValue)
        {
            hash ^= PrimaryEntityRole.Value.GetHashCode();
        }

        return hash;
    }

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}.{1}", SchemaName ?? string.Empty, PrimaryEntityRole?.ToString() ?? string.Empty);
}
