namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>How a text column is shown.</summary>
public enum StringFormat
{
    Email = 0,
    Text = 1,
    TextArea = 2,
    Url = 3,
    TickerSymbol = 4,
    PhoneticGuide = 5,
    VersionNumber = 6,
    Phone = 7,
    Json = 8,
}
