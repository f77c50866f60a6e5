namespace CrmIndependence.Plugins.Signals
{
    /// <summary>
    /// What a dependency signal records. The numbers are the option values of the <c>cri_kind</c> choice on
    /// <c>cri_dependencysignal</c> (publisher option value prefix 10000, so values start at 100000000). They are
    /// stored in every organization: never renumber or reuse one; add new kinds at the end.
    /// </summary>
    public enum SignalKind
    {
        /// <summary>A manager in the owner's chain changed a key field (stage, value, probability, close date, discount).</summary>
        ManagerEditedDeal = 100000000,

        /// <summary>A manager in the owner's chain won or lost the rep's deal.</summary>
        ManagerClosedDeal = 100000001,

        /// <summary>A manager in the owner's chain assigned the rep's deal to themselves.</summary>
        ManagerTookOverDeal = 100000002,

        /// <summary>A manager in the owner's chain created an email, phone call, task or appointment regarding the deal.</summary>
        ManagerActivityOnDeal = 100000003,

        /// <summary>Managers' activities on a deal outnumber the owner's (with a minimum count); recorded once per deal.</summary>
        DealTakeOverByShare = 100000004,

        /// <summary>A manager answered a non-urgent help request inside the response delay.</summary>
        FastResponse = 100000005,

        /// <summary>A rep asked for help with a decision inside their own authority.</summary>
        UnnecessaryEscalation = 100000006,

        /// <summary>A manager changed a value the rep was entitled to decide.</summary>
        ManagerOverrideWithinAuthority = 100000007,

        /// <summary>A stage move or Win missed the stage's exit criteria (refused in enforce mode, allowed in observe mode).</summary>
        StageGateBlocked = 100000008,

        /// <summary>A coaching session was skipped.</summary>
        CoachingSkipped = 100000009,

        /// <summary>
        /// A deal was won with values beyond its owner's decision authority and no approval (refused in enforce mode,
        /// allowed in observe mode).
        /// </summary>
        WonWithoutApproval = 100000010,
    }
}
