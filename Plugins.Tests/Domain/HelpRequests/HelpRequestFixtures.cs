using System;
using CrmIndependence.Plugins.DecisionAuthority;
using CrmIndependence.Plugins.HelpRequests;

namespace CrmIndependence.Plugins.Tests.Domain.HelpRequests
{
    /// <summary>A rep (may give up to 10% discount) with a manager, and well-formed requests.</summary>
    internal static class HelpRequestFixtures
    {
        public const int Delay = 60;

        public static readonly DateTime Created = new DateTime(2025, 3, 3, 9, 0, 0, DateTimeKind.Utc);
        public static readonly Guid ManagerId = Guid.NewGuid();
        public static readonly UserAuthorityProfile RepProfile = new UserAuthorityProfile(Guid.NewGuid());
        public static readonly Requester Rep = new Requester(RepProfile, ManagerId);

        public static AuthorityMatrix RepAuthority { get; } = AuthorityMatrix.Read(new[]
        {
            new AuthorityRow { Id = Guid.NewGuid(), DecisionType = (int)DecisionKind.DiscountPercent, AppliesTo = (int)AuthorityScope.Everyone, Limit = 10m },
        });

        public static AuthorityMatrix NoAuthorityRows { get; } = AuthorityMatrix.Read(new AuthorityRow[0]);

        /// <summary>A non-urgent request with everything a manager wants to see.</summary>
        public static HelpRequestDraft Complete { get; } = new HelpRequestDraft
        {
            CreatedOn = Created,
            Urgency = (int)Urgency.NonUrgent,
            Problem = "Buyer wants 12% off to sign this quarter",
            WhatWasTried = "Offered extended payment terms",
            Option1 = "Give 12% for a 3-year term",
            Option2 = "Hold at 8% and add training",
            Recommendation = "Option 1: the term is worth more than the discount",
        };

        /// <summary>An urgent request: a reason and nothing else.</summary>
        public static HelpRequestDraft Urgent { get; } = new HelpRequestDraft
        {
            CreatedOn = Created,
            Urgency = (int)Urgency.Urgent,
            UrgentReason = "The customer signs at noon today",
        };
    }
}
