namespace CrmIndependence.Plugins.Policies
{
    /// <summary>What a plugin does when an operation breaks a rule of the suite.</summary>
    public enum ViolationResponse
    {
        /// <summary>Let the operation through, record a signal and trace what enforce mode would have refused.</summary>
        RecordAndAllow = 0,

        /// <summary>Refuse the operation with a message naming what is missing. Nothing is written.</summary>
        Block = 1,
    }

    /// <summary>Turns the enforcement mode into the one decision every rule needs: block, or record and allow.</summary>
    public static class Enforcement
    {
        public static ViolationResponse Decide(EnforcementMode mode)
        {
            return mode == EnforcementMode.Enforce ? ViolationResponse.Block : ViolationResponse.RecordAndAllow;
        }

        /// <summary>A trace line stating what was decided about <paramref name="violation"/> and why.</summary>
        public static string Describe(EnforcementMode mode, string violation)
        {
            return Decide(mode) == ViolationResponse.Block
                ? $"Enforce mode: refused. {violation}"
                : $"Observe mode: allowed and recorded as a signal; enforce mode would have refused it. {violation}";
        }
    }
}
