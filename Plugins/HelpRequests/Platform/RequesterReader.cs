using System;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Platform;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Platform
{
    /// <summary>
    /// Reads the rep asking for help with ONE query (<see cref="UserAuthorityReader"/>): their whole manager chain with
    /// who is disabled (the request goes to the nearest active manager, <see cref="ManagerChain.FirstActive"/>) and, when
    /// the request is about a decision, their teams and security roles, so authority rows for a team or role apply; a
    /// manager the rep chose outside their chain costs one query more. A user who does not exist (deleted) is a clear error.
    /// </summary>
    internal static class RequesterReader
    {
        public static Requester Read(IOrganizationService service, Guid userId, Guid? addressedId, bool withMemberships)
        {
            var users = UserAuthorityReader.Read(service, new[] { userId }, withMemberships, chainOf: userId);
            if (!users.Found(userId))
            {
                throw new InvalidPluginExecutionException(
                    $"The owner of this help request (user {userId}) was not found: choose an active user as the owner and save again.");
            }

            // A manager chosen outside the rep's chain is read on its own (one query more, only then).
            var chosen = addressedId.HasValue && addressedId.Value != Guid.Empty && addressedId.Value != userId && !users.Found(addressedId.Value)
                ? UserAuthorityReader.Read(service, new[] { addressedId.Value }, withMemberships: false)
                : users;

            var manager = users.ChainOf(userId, ManagerChain.WholeHierarchy).FirstActive();
            return new Requester(users.ProfileOf(userId), manager.ManagerId)
            {
                Name = users.NameOf(userId),
                ManagerName = manager.ManagerName,
                PassedOver = manager.PassedOver,
                AddresseeDisabled = addressedId.HasValue && chosen.IsDisabled(addressedId.Value),
                AddresseeName = addressedId.HasValue ? chosen.NameOf(addressedId.Value) : null,
            };
        }
    }
}
