namespace Microsoft.Xrm.Sdk;

/// <summary>The formatted (display) values of a row's columns, keyed by logical name.</summary>
public sealed class FormattedValueCollection : DataCollection<string, string>
{
    public FormattedValueCollection()
    {
    }
}
