using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// The opportunity's <c>salesstage</c> choice, with the option values Dynamics 365 Sales ships.
    /// A requirement row's stage names the stage whose EXIT criteria it is: a Qualify row must be met
    /// to leave Qualify; Close rows are checked when the deal is won.
    /// </summary>
    public enum SalesStage
    {
        Qualify = 0,
        Develop = 1,
        Propose = 2,
        Close = 3,
    }

    /// <summary>Reads raw <c>salesstage</c> option values; values the suite does not know stay unknown.</summary>
    public static class SalesStages
    {
        /// <summary>The stages in process order.</summary>
        public static IReadOnlyList<SalesStage> InOrder { get; } =
            new[] { SalesStage.Qualify, SalesStage.Develop, SalesStage.Propose, SalesStage.Close };

        /// <summary>The known stages with their option values, for messages.</summary>
        public const string KnownValues = "Qualify (0), Develop (1), Propose (2), Close (3)";

        /// <summary>The stage for an option value, or null when the suite does not know the value.</summary>
        public static SalesStage? FromOptionValue(int optionValue) =>
            Enum.IsDefined(typeof(SalesStage), optionValue) ? (SalesStage)optionValue : (SalesStage?)null;
    }
}
