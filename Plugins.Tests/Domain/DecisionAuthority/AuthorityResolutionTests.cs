using System;
using System.Linq;
using CrmIndependence.Plugins.DecisionAuthority;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.DecisionAuthority.AuthorityFixtures;

namespace CrmIndependence.Plugins.Tests.Domain.DecisionAuthority
{
    /// <summary>Who may decide what alone: the most specific row wins, ties go to the higher limit.</summary>
    [TestClass]
    public sealed class AuthorityResolutionTests
    {
        private static readonly Guid Team = Guid.NewGuid();
        private static readonly Guid Role = Guid.NewGuid();
        private static readonly UserAuthorityProfile Ann = new UserAuthorityProfile(Guid.NewGuid(), new[] { Team }, new[] { Role });

        [TestMethod]
        // which rows exist (limits: everyone 5, role 10, team 15, user 20; 0 = no row) → Ann's limit
        [DataRow(5, 10, 15, 20, 20)]
        [DataRow(5, 10, 15, 0, 15)]
        [DataRow(5, 10, 0, 0, 10)]
        [DataRow(5, 0, 0, 0, 5)]
        [DataRow(0, 0, 15, 0, 15)]
        [DataRow(0, 10, 0, 20, 20)]
        public void The_most_specific_row_wins_user_over_team_over_role_over_everyone(int everyone, int role, int team, int user, int expected)
        {
            var rows = new[]
            {
                everyone > 0 ? Everyone(DecisionKind.DiscountPercent, everyone) : null,
                role > 0 ? For(AuthorityScope.SecurityRole, Role, DecisionKind.DiscountPercent, role) : null,
                team > 0 ? For(AuthorityScope.Team, Team, DecisionKind.DiscountPercent, team) : null,
                user > 0 ? For(AuthorityScope.User, Ann.UserId, DecisionKind.DiscountPercent, user) : null,
            }.Where(row => row != null).Select(row => row!);

            Assert.AreEqual(expected, AuthorityMatrix.Read(rows).Resolve(Decision.DiscountPercent, Ann).Limit);
        }

        [TestMethod]
        public void A_more_specific_row_wins_even_with_a_lower_limit()
        {
            var matrix = AuthorityMatrix.Read(new[]
            {
                Everyone(DecisionKind.DiscountPercent, 10m),
                For(AuthorityScope.User, Ann.UserId, DecisionKind.DiscountPercent, 2m),
            });

            Assert.AreEqual(2m, matrix.Resolve(Decision.DiscountPercent, Ann).Limit);
        }

        [TestMethod]
        public void Rows_at_the_same_level_resolve_to_the_higher_limit()
        {
            var otherRole = Guid.NewGuid();
            var matrix = AuthorityMatrix.Read(new[]
            {
                For(AuthorityScope.SecurityRole, Role, DecisionKind.DiscountPercent, 10m),
                For(AuthorityScope.SecurityRole, otherRole, DecisionKind.DiscountPercent, 18m),
                For(AuthorityScope.SecurityRole, Role, DecisionKind.DiscountPercent, 7m),
            });
            var twoRoles = new UserAuthorityProfile(Guid.NewGuid(), roleIds: new[] { Role, otherRole });

            Assert.AreEqual(18m, matrix.Resolve(Decision.DiscountPercent, twoRoles).Limit);
            Assert.AreEqual(10m, matrix.Resolve(Decision.DiscountPercent, Ann).Limit);
        }

        [TestMethod]
        public void With_no_row_there_is_no_limit_so_importing_the_solution_blocks_nobody()
        {
            var authority = AuthorityMatrix.Read(new AuthorityRow[0]).Resolve(Decision.DiscountPercent, Ann);

            Assert.IsNull(authority.Limit);
            Assert.IsFalse(authority.IsDefined);
            Assert.IsTrue(authority.Covers(99.9m));
            Assert.AreEqual("without limit", authority.Describe());
        }

        [TestMethod]
        public void Rows_for_other_users_teams_roles_or_decisions_do_not_apply()
        {
            var matrix = AuthorityMatrix.Read(new[]
            {
                For(AuthorityScope.User, Guid.NewGuid(), DecisionKind.DiscountPercent, 50m),
                For(AuthorityScope.Team, Guid.NewGuid(), DecisionKind.DiscountPercent, 40m),
                For(AuthorityScope.SecurityRole, Guid.NewGuid(), DecisionKind.DiscountPercent, 30m),
                Everyone(DecisionKind.DiscountAmount, 1000m),
            });

            Assert.IsFalse(matrix.Resolve(Decision.DiscountPercent, Ann).IsDefined);
            Assert.AreEqual(1000m, matrix.Resolve(Decision.DiscountAmount, Ann).Limit);
        }

        [TestMethod]
        public void A_column_row_governs_that_column_whatever_its_case_and_a_standard_column_is_its_standard_decision()
        {
            var matrix = AuthorityMatrix.Read(new[]
            {
                Everyone(DecisionKind.Column, 3m) with { Column = "Cri_FreeMonths" },
                Everyone(DecisionKind.Column, 15m) with { Column = "discountpercentage" },
            });

            Assert.AreEqual(3m, matrix.Resolve(Decision.OfColumn("cri_freemonths"), Ann).Limit);
            Assert.AreEqual(15m, matrix.Resolve(Decision.DiscountPercent, Ann).Limit);
            CollectionAssert.AreEquivalent(new[] { Decision.OfColumn("cri_freemonths"), Decision.DiscountPercent }, matrix.GovernedDecisions.ToArray());
        }

        [TestMethod]
        [DataRow("opportunity", "discountpercentage", DecisionKind.DiscountPercent)]
        [DataRow("opportunity", "discountamount", DecisionKind.DiscountAmount)]
        [DataRow("opportunity", "estimatedvalue", DecisionKind.DealValue)]
        [DataRow("quote", "totalamount", DecisionKind.DealValue)]
        [DataRow("opportunity", "totalamount", DecisionKind.Column)]
        [DataRow("quote", "cri_freemonths", DecisionKind.Column)]
        public void Columns_of_opportunity_and_quote_hold_their_decisions(string table, string column, DecisionKind expected)
        {
            var decision = DecisionColumns.ForColumn(table, column);

            Assert.AreEqual(expected, decision.Kind);
            Assert.AreEqual(column, DecisionColumns.ColumnOf(decision, table));
        }

        [TestMethod]
        [DataRow(10, 10, true)]
        [DataRow(10, 10.01, false)]
        [DataRow(0, 0, true)]
        [DataRow(0, 0.5, false)]
        public void A_limit_covers_values_up_to_and_including_it(double limit, double value, bool covered)
        {
            var matrix = AuthorityMatrix.Read(new[] { Everyone(DecisionKind.DiscountPercent, (decimal)limit) });

            Assert.AreEqual(covered, matrix.Resolve(Decision.DiscountPercent, Ann).Covers((decimal)value));
            Assert.IsTrue(matrix.Resolve(Decision.DiscountPercent, Ann).Covers(null), "no value: nothing to decide");
        }

        [TestMethod]
        public void Values_are_described_in_the_decision_s_own_terms()
        {
            Assert.AreEqual("up to 12.5%", new Authority(Decision.DiscountPercent, new AuthorityRule(Guid.Empty, Decision.DiscountPercent, AuthorityScope.Everyone, null, 12.5m)).Describe());
            Assert.AreEqual("250,000", Decision.DealValue.Format(250000m));
            Assert.AreEqual("deal value", Decision.DealValue.Label);
            Assert.AreEqual("cri_freemonths", Decision.OfColumn(" CRI_FreeMonths ").Label);
        }
    }
}
