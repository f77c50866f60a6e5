using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.DecisionAuthority;

namespace CrmIndependence.Plugins.HelpRequests
{
    /// <summary>
    /// The rep asking (the request's owner): their authority profile and the manager their requests go to — the nearest
    /// manager up the chain who is not disabled (<see cref="PassedOver"/> names the disabled ones below them), or none.
    /// </summary>
    public sealed record Requester(UserAuthorityProfile Profile, Guid? ManagerId)
    {
        public Guid UserId => Profile.UserId;

        /// <summary>The rep's full name, for messages.</summary>
        public string? Name { get; init; }

        /// <summary>The manager's full name, for messages.</summary>
        public string? ManagerName { get; init; }

        /// <summary>The disabled managers passed over to reach <see cref="ManagerId"/>, nearest first.</summary>
        public IReadOnlyList<string> PassedOver { get; init; } = new string[0];

        /// <summary>The manager the rep chose to address is disabled.</summary>
        public bool AddresseeDisabled { get; init; }

        /// <summary>The chosen manager's full name, for messages.</summary>
        public string? AddresseeName { get; init; }
    }
}
