using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>
/// Reads a named value of a request's <c>Parameters</c> or a response's <c>Results</c>, as the official
/// message classes do: the typed properties are views over the bag, an absent value reads as default.
/// </summary>
internal static class MessageBag
{
    internal static T Get<T>(ParameterCollection bag, string name)
    {
        return bag != null && bag.TryGetValue(name, out object value) && value != null ? (T)value : default;
    }
}
