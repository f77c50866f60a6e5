using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.Signals
{
    /// <summary>Facts about each <see cref="SignalKind"/>: its default weight, its label, and whether it is manager involvement.</summary>
    public static class SignalKinds
    {
        /// <summary>Every kind, in option-value order.</summary>
        public static readonly IReadOnlyList<SignalKind> All = (SignalKind[])Enum.GetValues(typeof(SignalKind));

        /// <summary>
        /// The kinds that count as manager over-involvement toward <c>involvementSignalsForCoaching</c>: a manager
        /// doing the rep's work on a deal or overriding the rep's decision. The rep's own breaches of the process
        /// (stage gate blocked, won without approval) are not: nobody stepped in.
        /// </summary>
        public static readonly IReadOnlyList<SignalKind> ManagerInvolvement = new[]
        {
            SignalKind.ManagerEditedDeal,
            SignalKind.ManagerClosedDeal,
            SignalKind.ManagerTookOverDeal,
            SignalKind.ManagerActivityOnDeal,
            SignalKind.DealTakeOverByShare,
            SignalKind.ManagerOverrideWithinAuthority,
        };

        /// <summary>
        /// The points a signal of this kind takes off the rep's weekly independence score (see docs/SCORING.md, "The independence score"):
        /// the more the manager does the rep's job, the more it costs. What enforce mode would have refused (stage gate
        /// blocked, won without approval) costs the same 4 points whichever rule it broke.
        /// </summary>
        public static int DefaultWeight(SignalKind kind)
        {
            switch (kind)
            {
                case SignalKind.ManagerEditedDeal: return 5;
                case SignalKind.ManagerClosedDeal: return 15;
                case SignalKind.ManagerTookOverDeal: return 20;
                case SignalKind.ManagerActivityOnDeal: return 3;
                case SignalKind.DealTakeOverByShare: return 15;
                case SignalKind.FastResponse: return 3;
                case SignalKind.UnnecessaryEscalation: return 5;
                case SignalKind.ManagerOverrideWithinAuthority: return 10;
                case SignalKind.StageGateBlocked: return 4;
                case SignalKind.CoachingSkipped: return 10;
                case SignalKind.WonWithoutApproval: return 4;
                default: throw Unknown(kind);
            }
        }

        /// <summary>The kind in the words the choice shows, e.g. "manager edited deal".</summary>
        public static string Label(SignalKind kind)
        {
            switch (kind)
            {
                case SignalKind.ManagerEditedDeal: return "manager edited deal";
                case SignalKind.ManagerClosedDeal: return "manager closed deal";
                case SignalKind.ManagerTookOverDeal: return "manager took over deal";
                case SignalKind.ManagerActivityOnDeal: return "manager activity on deal";
                case SignalKind.DealTakeOverByShare: return "deal take-over by share";
                case SignalKind.FastResponse: return "fast response";
                case SignalKind.UnnecessaryEscalation: return "unnecessary escalation";
                case SignalKind.ManagerOverrideWithinAuthority: return "manager override within authority";
                case SignalKind.StageGateBlocked: return "stage gate blocked";
                case SignalKind.CoachingSkipped: return "coaching skipped";
                case SignalKind.WonWithoutApproval: return "won without approval";
                default: throw Unknown(kind);
            }
        }

        public static bool IsManagerInvolvement(SignalKind kind)
        {
            foreach (var involvement in ManagerInvolvement)
            {
                if (involvement == kind)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The kind stored as option <paramref name="optionValue"/>, or null when no kind has that value.</summary>
        public static SignalKind? FromOptionValue(int optionValue)
        {
            return Enum.IsDefined(typeof(SignalKind), optionValue) ? (SignalKind)optionValue : (SignalKind?)null;
        }

        private static ArgumentOutOfRangeException Unknown(SignalKind kind) =>
            new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown signal kind.");
    }
}
