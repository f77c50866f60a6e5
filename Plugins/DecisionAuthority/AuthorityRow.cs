using System;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>One <c>cri_decisionauthority</c> row as stored, before validation.</summary>
    public sealed record AuthorityRow
    {
        /// <summary><c>cri_decisionauthorityid</c>.</summary>
        public Guid Id { get; init; }

        /// <summary>The row's primary name, used to name it in configuration messages.</summary>
        public string? Name { get; init; }

        /// <summary>The <see cref="DecisionKind"/> option value.</summary>
        public int? DecisionType { get; init; }

        /// <summary>The governed column's logical name, for <see cref="DecisionKind.Column"/>.</summary>
        public string? Column { get; init; }

        /// <summary>The <see cref="AuthorityScope"/> option value.</summary>
        public int? AppliesTo { get; init; }

        /// <summary><c>cri_userid</c>: the user a User row applies to.</summary>
        public Guid? UserId { get; init; }

        /// <summary><c>cri_teamid</c>: the team a Team row applies to.</summary>
        public Guid? TeamId { get; init; }

        /// <summary><c>cri_roleid</c>: the security role a SecurityRole row applies to.</summary>
        public Guid? RoleId { get; init; }

        /// <summary>The highest value the principal may decide alone (0 or more).</summary>
        public decimal? Limit { get; init; }
    }
}
