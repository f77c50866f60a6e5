using System;

namespace CrmIndependence.Plugins.Policies
{
    /// <summary>Thrown by <see cref="JsonReader"/> when the text is not valid JSON.</summary>
    internal sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(string problem, int line, int column)
            : base($"The policy is not valid JSON: {problem} at line {line}, column {column}.")
        {
        }
    }
}
