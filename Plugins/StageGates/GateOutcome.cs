namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>What a stage gate decided about a move.</summary>
    public enum GateOutcome
    {
        /// <summary>Every exit criterion of the stages passed is met.</summary>
        Passed,

        /// <summary>Moving back, staying, or clearing the stage: always allowed, nothing checked.</summary>
        NotGated,

        /// <summary>A stage value the suite does not know: allowed without checking, warned.</summary>
        UnknownStage,

        /// <summary>Observe mode: criteria are missing, the move is allowed and a stage-gate signal is due.</summary>
        AllowedWithGaps,

        /// <summary>Enforce mode: criteria are missing and the move is refused with <see cref="StageGateDecision.RefusalMessage"/>.</summary>
        Refused,
    }
}
