using CrmIndependence.Plugins.Signals;

namespace CrmIndependence.Plugins.ManagersWeek
{
    /// <summary>Which figure of a manager's week a dependency signal counts toward, and on whose week.</summary>
    public static class SignalHabits
    {
        /// <summary>The habit figure a signal kind counts toward; null for the kinds about the rep alone.</summary>
        public static HabitEventKind? HabitOf(SignalKind kind)
        {
            switch (kind)
            {
                case SignalKind.ManagerEditedDeal: return HabitEventKind.DealEdit;
                case SignalKind.ManagerClosedDeal: return HabitEventKind.DealClose;
                case SignalKind.ManagerTookOverDeal: return HabitEventKind.DealTakeOver;
                case SignalKind.ManagerActivityOnDeal: return HabitEventKind.DealActivity;
                case SignalKind.ManagerOverrideWithinAuthority: return HabitEventKind.OverrideInsideAuthority;
                case SignalKind.UnnecessaryEscalation: return HabitEventKind.YoursToDecide;
                case SignalKind.StageGateBlocked: return HabitEventKind.TeamStageGateBlock;
                default: return null;
            }
        }

        /// <summary>
        /// True when the figure counts on the week of the rep's manager (a stage-gate block: the team's blocks); false
        /// when it counts on the week of the manager who acted or was asked.
        /// </summary>
        public static bool CountsOnTheRepsManager(HabitEventKind habit) => habit == HabitEventKind.TeamStageGateBlock;

        /// <summary>The key a signal's event is logged under on the week: the signal row's id.</summary>
        public static string KeyOf(System.Guid signalId) => "signal:" + signalId.ToString("N");
    }
}
