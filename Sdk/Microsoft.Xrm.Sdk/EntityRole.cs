namespace Microsoft.Xrm.Sdk;

/// <summary>The side of a self-referential relationship an entity is on.</summary>
public enum EntityRole
{
    Referencing = 0,
    Referenced = 1,
}
