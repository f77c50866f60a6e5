namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>A value measured against someone's authority: "discount percentage 20% (authority up to 10%)".</summary>
    public sealed record DecisionFinding(Decision Decision, decimal Value, Authority Authority)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Decision.Label} {Decision.Format(Value)} (authority {Authority.Describe()})";
    }
}
