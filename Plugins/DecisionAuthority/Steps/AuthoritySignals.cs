namespace CrmIndependence.Plugins.DecisionAuthority.Steps
{
    /// <summary>Where the decision-authority steps defer their signals for <see cref="RecordAuthoritySignals"/>.</summary>
    internal static class AuthoritySignals
    {
        public const string SharedVariable = "cri_authority_signals";
    }
}
