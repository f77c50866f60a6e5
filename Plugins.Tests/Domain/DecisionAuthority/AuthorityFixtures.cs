using System;
using CrmIndependence.Plugins.DecisionAuthority;

namespace CrmIndependence.Plugins.Tests.Domain.DecisionAuthority
{
    /// <summary>
    /// A small sales org: reps may give up to 10% discount (everyone), the Enterprise team up to 12%,
    /// sales managers (role) up to 20%, Dana (the director) up to 35%. Deals up to 100,000 for everyone.
    /// </summary>
    internal static class AuthorityFixtures
    {
        public static readonly Guid EnterpriseTeam = new Guid("7a3f0c2e-0000-4000-8000-000000000001");
        public static readonly Guid SalesManagerRole = new Guid("7a3f0c2e-0000-4000-8000-000000000002");

        public static readonly UserAuthorityProfile Rep = new UserAuthorityProfile(Guid.NewGuid());
        public static readonly UserAuthorityProfile EnterpriseRep = new UserAuthorityProfile(Guid.NewGuid(), teamIds: new[] { EnterpriseTeam });
        public static readonly UserAuthorityProfile Manager = new UserAuthorityProfile(Guid.NewGuid(), roleIds: new[] { SalesManagerRole });
        public static readonly UserAuthorityProfile Director = new UserAuthorityProfile(Guid.NewGuid(), roleIds: new[] { SalesManagerRole });
        public static readonly UserAuthorityProfile Colleague = new UserAuthorityProfile(Guid.NewGuid());

        public static AuthorityMatrix Matrix { get; } = AuthorityMatrix.Read(new[]
        {
            Everyone(DecisionKind.DiscountPercent, 10m),
            For(AuthorityScope.Team, EnterpriseTeam, DecisionKind.DiscountPercent, 12m),
            For(AuthorityScope.SecurityRole, SalesManagerRole, DecisionKind.DiscountPercent, 20m),
            For(AuthorityScope.User, Director.UserId, DecisionKind.DiscountPercent, 35m),
            Everyone(DecisionKind.DealValue, 100000m),
            For(AuthorityScope.SecurityRole, SalesManagerRole, DecisionKind.DealValue, 500000m),
        });

        public static AuthorityRow Everyone(DecisionKind kind, decimal limit) =>
            new AuthorityRow { Id = Guid.NewGuid(), Name = $"Everyone {kind}", DecisionType = (int)kind, AppliesTo = (int)AuthorityScope.Everyone, Limit = limit };

        public static AuthorityRow For(AuthorityScope scope, Guid principal, DecisionKind kind, decimal limit) =>
            new AuthorityRow
            {
                Id = Guid.NewGuid(), Name = $"{scope} {kind}", DecisionType = (int)kind, AppliesTo = (int)scope, Limit = limit,
                UserId = scope == AuthorityScope.User ? principal : (Guid?)null,
                TeamId = scope == AuthorityScope.Team ? principal : (Guid?)null,
                RoleId = scope == AuthorityScope.SecurityRole ? principal : (Guid?)null,
            };

        public static GovernedValue Discount(decimal? from, decimal? to) => new GovernedValue(Decision.DiscountPercent, from, to);

        public static GovernedValue DealValue(decimal? from, decimal? to) => new GovernedValue(Decision.DealValue, from, to);

        /// <summary>A change on Rep's deal by <paramref name="actor"/>; managers and the director are in Rep's chain.</summary>
        public static DealChange Change(
            UserAuthorityProfile actor, ApprovalStatus status, params GovernedValue[] values) =>
            new DealChange(values, Rep, actor, actorIsInOwnersManagerChain: actor == Manager || actor == Director, status);
    }
}
