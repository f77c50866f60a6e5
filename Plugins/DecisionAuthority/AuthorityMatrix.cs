using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// The decision-authority configuration: who may decide what alone. Built from the rows with
    /// <see cref="Read"/>; the plugin may cache it with the rows it came from.
    /// </summary>
    public sealed class AuthorityMatrix
    {
        private readonly IReadOnlyList<AuthorityRule> rules;

        public AuthorityMatrix(IEnumerable<AuthorityRule> rules, IEnumerable<AuthorityRowProblem>? problems = null)
        {
            this.rules = (rules ?? throw new ArgumentNullException(nameof(rules))).ToList();
            Problems = (problems ?? Enumerable.Empty<AuthorityRowProblem>()).ToList();
        }

        /// <summary>Rows that were skipped, and why; trace each one.</summary>
        public IReadOnlyList<AuthorityRowProblem> Problems { get; }

        /// <summary>The valid rules.</summary>
        public IReadOnlyList<AuthorityRule> Rules => rules;

        /// <summary>The decisions at least one rule governs: the only ones worth reading on a deal.</summary>
        public IReadOnlyList<Decision> GovernedDecisions => rules.Select(rule => rule.Decision).Distinct().ToList();

        /// <summary>
        /// Reads the rows; a bad row is skipped and reported in <see cref="Problems"/>, never thrown. With
        /// <paramref name="dealColumns"/> (the opportunity's columns from metadata) a Column decision must name a number column of it.
        /// </summary>
        public static AuthorityMatrix Read(IEnumerable<AuthorityRow> rows, StageGates.ColumnCatalog? dealColumns = null) => AuthorityRowReader.Read(rows, dealColumns);

        /// <summary>
        /// A user's authority over a decision: among the rules that apply to the user, the most specific
        /// scope wins (User over Team over SecurityRole over Everyone); at the same scope the higher limit
        /// wins. No rule applies: no limit.
        /// </summary>
        public Authority Resolve(Decision decision, UserAuthorityProfile user)
        {
            if (decision == null)
            {
                throw new ArgumentNullException(nameof(decision));
            }

            if (user == null)
            {
                throw new ArgumentNullException(nameof(user));
            }

            var winner = rules
                .Where(rule => rule.Decision == decision && rule.AppliesTo(user))
                .OrderByDescending(rule => rule.Scope.Specificity())
                .ThenByDescending(rule => rule.Limit)
                .FirstOrDefault();
            return new Authority(decision, winner);
        }
    }
}
