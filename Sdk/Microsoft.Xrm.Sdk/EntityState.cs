namespace Microsoft.Xrm.Sdk;

/// <summary>The change state of an entity tracked by a context.</summary>
public enum EntityState
{
    Unchanged = 0,
    Created = 1,
    Changed = 2,
}
