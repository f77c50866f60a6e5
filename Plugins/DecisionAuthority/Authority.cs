namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// What a user may decide alone about one decision: the limit of the rule that won, or no limit when no
    /// row applies. No row means unlimited so that importing the solution (or a decision nobody has
    /// configured) never starts blocking anyone; an admin sets a baseline with an Everyone row.
    /// </summary>
    public sealed record Authority(Decision Decision, AuthorityRule? Rule)
    {
        /// <summary>The limit, or null when no row applies (unlimited).</summary>
        public decimal? Limit => Rule?.Limit;

        /// <summary>Whether a row defines the authority (an explicit entitlement, not just "no limit").</summary>
        public bool IsDefined => Rule != null;

        /// <summary>Whether the user may decide a value alone: no value, no limit, or a value up to the limit.</summary>
        public bool Covers(decimal? value) => value == null || Rule == null || value.Value <= Rule.Limit;

        /// <summary>"up to 10%", or "without limit" when no row applies.</summary>
        public string Describe() => Rule == null ? "without limit" : "up to " + Decision.Format(Rule.Limit);
    }
}
