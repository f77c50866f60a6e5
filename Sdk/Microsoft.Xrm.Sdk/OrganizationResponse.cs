using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A response of the organization service: a message name and its named results.</summary>
public class OrganizationResponse : IExtensibleDataObject
{
    private ParameterCollection _results;

    public OrganizationResponse()
    {
    }

    public string ResponseName { get; set; }

    /// <summary>Gets a result (throws <see cref="System.Collections.Generic.KeyNotFoundException"/> when absent) or sets it.</summary>
    public object this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }

    public ParameterCollection Results
    {
        get => _results ??= new ParameterCollection();
        set => _results = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>The result's value, or <c>default</c> when it is absent (what typed response properties return).</summary>
    internal T GetResult<T>(string name) =>
        Results.TryGetValue(name, out object value) && value != null ? (T)value : default;
}
