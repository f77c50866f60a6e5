namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A column's requirement level with whether a managed solution lets it be changed.</summary>
public sealed class AttributeRequiredLevelManagedProperty : ManagedProperty<AttributeRequiredLevel>
{
    public AttributeRequiredLevelManagedProperty(AttributeRequiredLevel value)
    {
        Value = value;
    }
}
