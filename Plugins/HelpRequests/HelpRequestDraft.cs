using System;

namespace CrmIndependence.Plugins.HelpRequests
{
    /// <summary>A <c>cri_helprequest</c> being created, as the rep filled it in (raw choice values).</summary>
    public sealed record HelpRequestDraft
    {
        /// <summary>When the request is created (the operation's time, UTC).</summary>
        public DateTime CreatedOn { get; init; }

        /// <summary>The <see cref="Urgency"/> option value; empty means non-urgent.</summary>
        public int? Urgency { get; init; }

        public string? UrgentReason { get; init; }

        public string? Problem { get; init; }

        public string? WhatWasTried { get; init; }

        public string? Option1 { get; init; }

        public string? Option2 { get; init; }

        public string? Option3 { get; init; }

        public string? Recommendation { get; init; }

        /// <summary>The decision type option value (DecisionAuthority's <c>DecisionKind</c>), when the request is about a decision.</summary>
        public int? DecisionType { get; init; }

        /// <summary>The governed column, when the decision type is Column.</summary>
        public string? DecisionColumn { get; init; }

        /// <summary>The value the rep wants to decide (a 15% discount: 15).</summary>
        public decimal? DecisionValue { get; init; }

        /// <summary>The manager the rep addressed, if they chose one.</summary>
        public Guid? ManagerAddressedId { get; init; }
    }
}
