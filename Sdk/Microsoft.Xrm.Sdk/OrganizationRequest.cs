using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A request to the organization service: a message name and its named parameters.</summary>
public class OrganizationRequest : IExtensibleDataObject
{
    private ParameterCollection _parameters;

    public OrganizationRequest()
    {
    }

    public OrganizationRequest(string requestName)
    {
        RequestName = requestName;
    }

    public string RequestName { get; set; }

    /// <summary>Gets a parameter (throws <see cref="System.Collections.Generic.KeyNotFoundException"/> when absent) or sets it.</summary>
    public object this[string parameterName]
    {
        get => Parameters[parameterName];
        set => Parameters[parameterName] = value;
    }

    public ParameterCollection Parameters
    {
        get => _parameters ??= new ParameterCollection();
        set => _parameters = value;
    }

    public Guid? RequestId { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>The parameter's value, or <c>default</c> when it is absent (what typed request properties return).</summary>
    internal T GetParameter<T>(string name) =>
        Parameters.TryGetValue(name, out object value) && value != null ? (T)value : default;
}
