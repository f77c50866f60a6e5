namespace CrmIndependence.Plugins.Policies
{
    /// <summary>One problem with the policy JSON, in words an administrator can act on.</summary>
    public sealed class PolicyError
    {
        public PolicyError(string? field, string message)
        {
            Field = field;
            Message = message;
        }

        /// <summary>The JSON field at fault, or null when the text as a whole is not a valid policy.</summary>
        public string? Field { get; }

        public string Message { get; }

        public override string ToString() => Message;
    }
}
