namespace Microsoft.Xrm.Sdk.Query;

/// <summary>How the conditions and child filters of a filter combine.</summary>
public enum LogicalOperator
{
    And = 0,
    Or = 1,
}
