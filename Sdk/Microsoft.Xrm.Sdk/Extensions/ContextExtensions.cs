namespace Microsoft.Xrm.Sdk.Extensions;

/// <summary>Typed access to a plug-in's input parameters.</summary>
public static class ContextExtensions
{
    /// <summary>The input parameter when present and of type <typeparamref name="T"/>; otherwise <c>default</c>.</summary>
    public static T InputParameterOrDefault<T>(this IPluginExecutionContext context, string parameterName)
    {
        context.InputParameters.TryGetValue(parameterName, out object value);
        return value is T typed ? typed : default;
    }
}
