namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>Whether a column must have a value.</summary>
public enum AttributeRequiredLevel
{
    None = 0,
    SystemRequired = 1,
    ApplicationRequired = 2,
    Recommended = 3,
}
