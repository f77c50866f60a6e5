namespace CrmIndependence.Plugins.HelpRequests
{
    /// <summary>The dependency signals help requests make due. Names match <c>SignalKind</c>.</summary>
    public enum HelpRequestSignalKind
    {
        /// <summary>The rep asked about a decision their authority covers → <c>SignalKind.UnnecessaryEscalation</c> (for the rep).</summary>
        UnnecessaryEscalation,

        /// <summary>The manager answered a non-urgent request inside the delay → <c>SignalKind.FastResponse</c> (for the manager and rep).</summary>
        FastResponse,
    }

    /// <summary>A signal that is due, for the plugin to record with the help request as the related activity.</summary>
    public sealed record HelpRequestSignal(HelpRequestSignalKind Kind, string Details);
}
