namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// One thing wrong with a <c>cri_decisionauthority</c> row, and the column it is wrong in: its name as the form
    /// shows it and its logical name, so a refused save names the field to fix.
    /// </summary>
    public sealed record AuthorityFieldProblem(string Column, string Label, string Problem)
    {
        /// <summary>"Limit (cri_limit): its limit -5 is negative (give 0 or more)".</summary>
        public override string ToString() => $"{Label} ({Column}): {Problem}";
    }
}
