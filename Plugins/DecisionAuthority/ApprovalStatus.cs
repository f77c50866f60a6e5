using System;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>The opportunity's approval status choice (stable option values).</summary>
    public enum ApprovalStatus
    {
        /// <summary>Every governed value is within the owner's authority.</summary>
        NotRequired = 100000000,

        /// <summary>A value is beyond the owner's authority and waits for someone whose authority covers it.</summary>
        Required = 100000001,

        /// <summary>Someone whose authority covers the values approved them.</summary>
        Approved = 100000002,

        /// <summary>Someone whose authority covers the values rejected them; Win stays refused (enforce).</summary>
        Rejected = 100000003,
    }

    /// <summary>Reads raw approval status option values.</summary>
    public static class ApprovalStatuses
    {
        /// <summary>
        /// The status for a stored option value. Empty is <see cref="ApprovalStatus.NotRequired"/>; an
        /// unknown value is read as <see cref="ApprovalStatus.Required"/>, so it never counts as an approval.
        /// </summary>
        public static ApprovalStatus FromOptionValue(int? optionValue) =>
            optionValue == null
                ? ApprovalStatus.NotRequired
                : Enum.IsDefined(typeof(ApprovalStatus), optionValue.Value) ? (ApprovalStatus)optionValue.Value : ApprovalStatus.Required;
    }
}
