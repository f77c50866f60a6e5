using System;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>What a decision-authority row governs: the <c>cri_decisionauthority</c> decision type choice (stable option values).</summary>
    public enum DecisionKind
    {
        /// <summary>The discount percentage of a deal or quote (<c>discountpercentage</c>).</summary>
        DiscountPercent = 100000000,

        /// <summary>The discount amount of a deal or quote (<c>discountamount</c>).</summary>
        DiscountAmount = 100000001,

        /// <summary>The deal's value (<c>estimatedvalue</c> of an opportunity, <c>totalamount</c> of a quote).</summary>
        DealValue = 100000002,

        /// <summary>Any other numeric column of opportunity or quote, named by the row.</summary>
        Column = 100000003,
    }

    /// <summary>Reads raw decision type option values.</summary>
    public static class DecisionKinds
    {
        /// <summary>The known values, for messages.</summary>
        public static readonly string KnownValues =
            $"DiscountPercent {(int)DecisionKind.DiscountPercent}, DiscountAmount {(int)DecisionKind.DiscountAmount}, " +
            $"DealValue {(int)DecisionKind.DealValue}, Column {(int)DecisionKind.Column}";

        /// <summary>The kind for an option value, or null when unknown.</summary>
        public static DecisionKind? FromOptionValue(int optionValue) =>
            Enum.IsDefined(typeof(DecisionKind), optionValue) ? (DecisionKind)optionValue : (DecisionKind?)null;
    }
}
