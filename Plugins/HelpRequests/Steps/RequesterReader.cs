using System;
using CrmIndependence.Plugins.Platform;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Steps
{
    /// <summary>
    /// Reads the rep asking for help with ONE query (<see cref="UserAuthorityReader"/>): their manager and, when
    /// the request is about a decision, their teams and security roles, so authority rows for a team or role
    /// apply. A user who does not exist (deleted) is a clear error.
    /// </summary>
    internal static class RequesterReader
    {
        public static Requester Read(IOrganizationService service, Guid userId, bool withMemberships)
        {
            var users = UserAuthorityReader.Read(service, new[] { userId }, withMemberships);
            if (!users.Found(userId))
            {
                throw new InvalidPluginExecutionException(
                    $"The owner of this help request (user {userId}) was not found: choose an active user as the owner and save again.");
            }

            return new Requester(users.ProfileOf(userId), users.ManagerOf(userId));
        }
    }
}
