namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// A governed decision's value on the deal before and after an operation. The plugin passes one for
    /// every decision the matrix governs (unchanged ones with equal values), from the pre-image and Target.
    /// </summary>
    public sealed record GovernedValue(Decision Decision, decimal? OldValue, decimal? NewValue)
    {
        /// <summary>
        /// The value approved for this decision, when the plugin stored it (<c>cri_approvedvalue</c>); empty
        /// means unknown, and the value before the change stands for it (conservative: it is never above the
        /// approved one).
        /// </summary>
        public decimal? ApprovedValue { get; init; }

        /// <summary>Whether the operation changes the value.</summary>
        public bool Changed => OldValue != NewValue;

        /// <summary>Whether the operation raises the value (an empty value counts as lowest).</summary>
        public bool Increased => NewValue.HasValue && (!OldValue.HasValue || NewValue.Value > OldValue.Value);

        /// <summary>Whether the new value goes above what was approved (or above the old value when that is unknown).</summary>
        public bool RaisedBeyondApproval =>
            NewValue.HasValue && (ApprovedValue.HasValue ? NewValue.Value > ApprovedValue.Value : Increased);

        /// <summary>A value in words ("15%"), or "empty".</summary>
        internal string Format(decimal? value) => value.HasValue ? Decision.Format(value.Value) : "empty";
    }

    /// <summary>A governed decision's current value on the deal.</summary>
    public sealed record DecisionValue(Decision Decision, decimal? Value);
}
