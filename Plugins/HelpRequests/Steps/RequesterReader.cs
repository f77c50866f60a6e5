using System;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Platform;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Steps
{
    /// <summary>
    /// Reads the rep asking for help with ONE query (<see cref="UserAuthorityReader"/>): their whole manager chain with
    /// who is disabled (the request goes to the nearest active manager, <see cref="ManagerChain.FirstActive"/>), the
    /// manager they chose to address, if any, and, when the request is about a decision, their teams and security roles,
    /// so authority rows for a team or role apply. A user who does not exist (deleted) is a clear error.
    /// </summary>
    internal static class RequesterReader
    {
        public static Requester Read(IOrganizationService service, Guid userId, Guid? addressedId, bool withMemberships)
        {
            var asked = addressedId.HasValue && addressedId.Value != Guid.Empty && addressedId.Value != userId ? new[] { userId, addressedId.Value } : new[] { userId };
            var users = UserAuthorityReader.Read(service, asked, withMemberships, chainOf: userId);
            if (!users.Found(userId))
            {
                throw new InvalidPluginExecutionException(
                    $"The owner of this help request (user {userId}) was not found: choose an active user as the owner and save again.");
            }

            var manager = users.ChainOf(userId, ManagerChain.WholeHierarchy).FirstActive();
            return new Requester(users.ProfileOf(userId), manager.ManagerId)
            {
                Name = users.NameOf(userId),
                ManagerName = manager.ManagerName,
                PassedOver = manager.PassedOver,
                AddresseeDisabled = addressedId.HasValue && users.IsDisabled(addressedId.Value),
                AddresseeName = addressedId.HasValue ? users.NameOf(addressedId.Value) : null,
            };
        }
    }
}
