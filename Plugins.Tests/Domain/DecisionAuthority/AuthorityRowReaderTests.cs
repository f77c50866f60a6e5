using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.DecisionAuthority;
using CrmIndependence.Plugins.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.DecisionAuthority
{
    /// <summary>Authority rows an admin got wrong: skipped (as if absent), named and explained.</summary>
    [TestClass]
    public sealed class AuthorityRowReaderTests
    {
        private const int Percent = (int)DecisionKind.DiscountPercent;
        private const int ColumnKind = (int)DecisionKind.Column;
        private const int Everyone = (int)AuthorityScope.Everyone;
        private const int User = (int)AuthorityScope.User;
        private const int Team = (int)AuthorityScope.Team;
        private const int Role = (int)AuthorityScope.SecurityRole;

        private static readonly Guid Someone = new Guid("5d1c1f59-2c57-4b43-9d0d-3f2c86f7a8b1");

        private static AuthorityRow Good => new AuthorityRow
        {
            Id = Guid.NewGuid(), Name = "Rep discounts", DecisionType = Percent, AppliesTo = Everyone, Limit = 10m,
        };

        /// <summary>A bad row and the problem it must be reported with.</summary>
        public static IEnumerable<object[]> BadRows => new[]
        {
            new object[] { Good with { DecisionType = null }, "it has no decision type" },
            new object[] { Good with { DecisionType = 7 }, "its decision type 7 is not a known one (DiscountPercent 100000000, DiscountAmount 100000001, DealValue 100000002, Column 100000003)" },
            new object[] { Good with { DecisionType = ColumnKind }, "it governs a column but names none" },
            new object[] { Good with { DecisionType = ColumnKind, Column = " " }, "it governs a column but names none" },
            new object[] { Good with { AppliesTo = null }, "it does not say whom it applies to" },
            new object[] { Good with { AppliesTo = 5 }, "its applies-to value 5 is not a known one (Everyone 100000000" },
            new object[] { Good with { AppliesTo = User }, "it applies to a user but names none" },
            new object[] { Good with { AppliesTo = User, TeamId = Someone }, "it applies to a user but names none" },
            new object[] { Good with { AppliesTo = Team, TeamId = Guid.Empty }, "it applies to a team but names none" },
            new object[] { Good with { AppliesTo = Role }, "it applies to a security role but names none" },
            new object[] { Good with { UserId = Someone }, "it applies to everyone but also names a user (clear what does not apply, or choose whom it applies to)" },
            new object[] { Good with { AppliesTo = Team, TeamId = Someone, UserId = Someone, RoleId = Someone }, "it applies to a team but also names a user and a security role" },
            new object[] { Good with { Limit = null }, "it has no limit" },
            new object[] { Good with { Limit = -5m }, "its limit -5 is negative (give 0 or more)" },
        };

        [TestMethod]
        [DynamicData(nameof(BadRows))]
        public void A_row_that_cannot_be_used_is_skipped_and_reported_by_name(AuthorityRow row, string expectedProblem)
        {
            var matrix = AuthorityMatrix.Read(new[] { row });

            Assert.IsEmpty(matrix.Rules);
            var problem = matrix.Problems.Single();
            Assert.AreEqual(row.Id, problem.RowId);
            Assert.Contains(expectedProblem, problem.Problem);
            Assert.AreEqual($"Decision authority 'Rep discounts' ({row.Id}): {problem.Problem}. The row is skipped until it is fixed.", problem.ToString());
        }

        [TestMethod]
        [DataRow(AuthorityScope.User)]
        [DataRow(AuthorityScope.Team)]
        [DataRow(AuthorityScope.SecurityRole)]
        public void A_row_for_someone_applies_through_the_lookup_its_scope_uses(AuthorityScope scope)
        {
            var row = Good with
            {
                AppliesTo = (int)scope,
                UserId = scope == AuthorityScope.User ? Someone : (Guid?)null,
                TeamId = scope == AuthorityScope.Team ? Someone : (Guid?)null,
                RoleId = scope == AuthorityScope.SecurityRole ? Someone : (Guid?)null,
            };

            var rule = AuthorityMatrix.Read(new[] { row }).Rules.Single();

            Assert.AreEqual(scope, rule.Scope);
            Assert.AreEqual(Someone, rule.PrincipalId);
        }

        [TestMethod]
        public void Every_problem_of_a_row_is_reported_at_once()
        {
            var row = new AuthorityRow { Id = Guid.NewGuid(), DecisionType = ColumnKind, AppliesTo = User, Limit = -1m };

            var problem = AuthorityMatrix.Read(new[] { row }).Problems.Single();

            Assert.AreEqual("it governs a column but names none (give the logical name of an opportunity or quote column); it applies to a user but names none; its limit -1 is negative (give 0 or more)", problem.Problem);
            StringAssert.StartsWith(problem.ToString(), $"Decision authority ({row.Id}):");
        }

        [TestMethod]
        public void Each_problem_names_the_field_it_is_in()
        {
            var row = new AuthorityRow { Id = Guid.NewGuid(), DecisionType = ColumnKind, AppliesTo = User, Limit = -1m };

            var fields = AuthorityMatrix.Read(new[] { row }).Problems.Single().Fields.Select(field => $"{field.Label} ({field.Column})").ToList();

            CollectionAssert.AreEqual(new[] { "Column (cri_column)", "User (cri_userid)", "Limit (cri_limit)" }, fields);
        }

        [TestMethod]
        [DataRow("cri_nosuch", "its column 'cri_nosuch' is not a column of opportunity")]
        [DataRow("name", "its column 'name' is a Text column, and decision authority compares numbers")]
        public void With_the_deals_columns_a_column_decision_must_name_a_number_column_of_it(string column, string expected)
        {
            var deal = ColumnCatalog.Empty.With("closeprobability", ColumnType.WholeNumber).With("name", ColumnType.Text);
            var row = Good with { DecisionType = ColumnKind, Column = column };

            var problem = AuthorityMatrix.Read(new[] { row }, deal).Problems.Single();

            StringAssert.Contains(problem.Problem, expected);
            Assert.AreEqual("cri_column", problem.Fields.Single().Column);
            Assert.IsEmpty(AuthorityMatrix.Read(new[] { row with { Column = "closeprobability" } }, deal).Problems);
        }

        [TestMethod]
        public void A_discount_percentage_limit_above_100_is_skipped_but_a_deal_value_limit_is_not()
        {
            var percent = AuthorityMatrix.Read(new[] { Good with { Limit = 100.5m } });
            var value = AuthorityMatrix.Read(new[] { Good with { DecisionType = (int)DecisionKind.DealValue, Limit = 250_000m } });

            StringAssert.Contains(percent.Problems.Single().Problem, "its limit 100.5 is more than 100 for a discount percentage (give 0 to 100)");
            Assert.IsEmpty(value.Problems);
        }

        [TestMethod]
        public void A_skipped_row_blocks_nobody_and_good_rows_still_count()
        {
            var rep = new UserAuthorityProfile(Guid.NewGuid());
            var matrix = AuthorityMatrix.Read(new[]
            {
                new AuthorityRow { Id = Guid.NewGuid(), DecisionType = Percent, AppliesTo = Everyone, Limit = -10m },
                new AuthorityRow { Id = Guid.NewGuid(), DecisionType = (int)DecisionKind.DealValue, AppliesTo = Everyone, Limit = 50000m },
            });

            Assert.IsTrue(matrix.Resolve(Decision.DiscountPercent, rep).Covers(30m));
            Assert.AreEqual(50000m, matrix.Resolve(Decision.DealValue, rep).Limit);
            Assert.HasCount(1, matrix.Problems);
        }

        [TestMethod]
        public void A_zero_limit_is_valid_and_means_nothing_may_be_decided_alone()
        {
            var matrix = AuthorityMatrix.Read(new[] { new AuthorityRow { Id = Guid.NewGuid(), DecisionType = Percent, AppliesTo = Everyone, Limit = 0m } });

            Assert.IsEmpty(matrix.Problems);
            Assert.IsFalse(matrix.Resolve(Decision.DiscountPercent, new UserAuthorityProfile(Guid.NewGuid())).Covers(0.01m));
        }

        [TestMethod]
        public void Choice_values_keep_the_option_values_the_solution_ships()
        {
            CollectionAssert.AreEqual(new[] { 100000000, 100000001, 100000002, 100000003 }, Enum.GetValues(typeof(DecisionKind)).Cast<int>().ToArray());
            CollectionAssert.AreEqual(new[] { 100000000, 100000001, 100000002, 100000003 }, Enum.GetValues(typeof(AuthorityScope)).Cast<int>().ToArray());
            Assert.AreEqual(100000000, (int)ApprovalStatus.NotRequired);
            Assert.AreEqual(100000001, (int)ApprovalStatus.Required);
            Assert.AreEqual(100000002, (int)ApprovalStatus.Approved);
            Assert.AreEqual(100000003, (int)ApprovalStatus.Rejected);
        }

        [TestMethod]
        [DataRow(null, ApprovalStatus.NotRequired)]
        [DataRow(100000002, ApprovalStatus.Approved)]
        [DataRow(42, ApprovalStatus.Required)]
        public void A_stored_approval_status_is_read_so_that_an_unknown_value_never_counts_as_approved(int? stored, ApprovalStatus expected)
        {
            Assert.AreEqual(expected, ApprovalStatuses.FromOptionValue(stored));
        }
    }
}
