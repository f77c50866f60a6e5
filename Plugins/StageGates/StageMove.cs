namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// A change of the deal's stage, with raw <c>salesstage</c> option values as the plugin reads them:
    /// a move between stages (an update of <c>salesstage</c>, or of the sales process flow's active stage
    /// mapped to its stage category), or a Win from the current stage.
    /// </summary>
    public sealed record StageMove
    {
        private StageMove(int? fromStage, int? toStage, bool isWin)
        {
            FromStage = fromStage;
            ToStage = toStage;
            IsWin = isWin;
        }

        /// <summary>The stage before the move; null when the deal had none (treated as the start of the process, Qualify).</summary>
        public int? FromStage { get; }

        /// <summary>The stage after the move; null when the stage is cleared, and for a Win.</summary>
        public int? ToStage { get; }

        /// <summary>Whether the deal is being closed as won.</summary>
        public bool IsWin { get; }

        /// <summary>A move from one stage to another.</summary>
        public static StageMove Between(int? fromStage, int? toStage) => new StageMove(fromStage, toStage, isWin: false);

        /// <summary>Closing the deal as won from its current stage.</summary>
        public static StageMove Win(int? currentStage) => new StageMove(currentStage, null, isWin: true);
    }
}
