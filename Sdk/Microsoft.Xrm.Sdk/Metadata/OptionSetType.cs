namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>The kind of an option set.</summary>
public enum OptionSetType
{
    Picklist = 0,
    State = 1,
    Status = 2,
    Boolean = 3,
}
