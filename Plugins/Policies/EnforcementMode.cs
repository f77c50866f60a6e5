namespace CrmIndependence.Plugins.Policies
{
    /// <summary>
    /// Whether the suite blocks what breaks the sales process or only records it. Written in the policy as
    /// <c>"observe"</c> or <c>"enforce"</c>. The default is <see cref="Observe"/>: importing the solution into
    /// a live organization must not block anyone until an administrator switches enforcement on.
    /// </summary>
    public enum EnforcementMode
    {
        /// <summary>Nothing is blocked; what enforce mode would block is recorded as a signal and traced.</summary>
        Observe = 0,

        /// <summary>Operations that break a rule are refused with a message the user can act on.</summary>
        Enforce = 1,
    }
}
