using System;
using CrmIndependence.Plugins.DecisionAuthority;

namespace CrmIndependence.Plugins.HelpRequests
{
    /// <summary>The rep asking (the request's owner): their authority profile and their manager (<c>parentsystemuserid</c>), if any.</summary>
    public sealed record Requester(UserAuthorityProfile Profile, Guid? ManagerId)
    {
        public Guid UserId => Profile.UserId;
    }
}
