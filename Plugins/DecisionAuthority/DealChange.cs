using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>An operation on a deal's governed values, with who did it and the deal's approval state before it.</summary>
    public sealed class DealChange
    {
        /// <param name="values">Every governed decision's old and new value.</param>
        /// <param name="owner">The deal's owner (the rep whose authority the values are measured against).</param>
        /// <param name="actor">The initiating user.</param>
        /// <param name="actorIsInOwnersManagerChain">Whether the actor is in the owner's manager chain (within the configured depth).</param>
        /// <param name="currentStatus">The approval status before the operation.</param>
        /// <param name="currentApprovedBy">Who approved (or rejected) before the operation, if anyone.</param>
        public DealChange(
            IEnumerable<GovernedValue> values,
            UserAuthorityProfile owner,
            UserAuthorityProfile actor,
            bool actorIsInOwnersManagerChain,
            ApprovalStatus currentStatus,
            Guid? currentApprovedBy = null)
        {
            Values = (values ?? throw new ArgumentNullException(nameof(values))).ToList();
            Owner = owner ?? throw new ArgumentNullException(nameof(owner));
            Actor = actor ?? throw new ArgumentNullException(nameof(actor));
            ActorIsInOwnersManagerChain = actorIsInOwnersManagerChain;
            CurrentStatus = currentStatus;
            CurrentApprovedBy = currentApprovedBy;
        }

        public IReadOnlyList<GovernedValue> Values { get; }

        public UserAuthorityProfile Owner { get; }

        public UserAuthorityProfile Actor { get; }

        public bool ActorIsInOwnersManagerChain { get; }

        public ApprovalStatus CurrentStatus { get; }

        public Guid? CurrentApprovedBy { get; }

        /// <summary>The acting manager's full name, when the manager chain read it; signal details name them with it.</summary>
        public string? ActorName { get; init; }

        /// <summary>Whether someone other than the owner acts.</summary>
        public bool ActorIsNotOwner => Actor.UserId != Owner.UserId;
    }
}
