namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>Whether a date column shows the time.</summary>
public enum DateTimeFormat
{
    DateOnly = 0,
    DateAndTime = 1,
}
