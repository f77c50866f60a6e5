using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Named parameters of a request or response, and the input, output and shared variables of a context.</summary>
public class ParameterCollection : DataCollection<string, object>
{
    public ParameterCollection()
    {
    }

    protected ParameterCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }

    /// <summary>Sets the parameter unless <paramref name="obj"/> is null.</summary>
    public void AddOrUpdateIfNotNull(string key, object obj)
    {
        if (obj != null)
        {
            this[key] = obj;
        }
    }
}
