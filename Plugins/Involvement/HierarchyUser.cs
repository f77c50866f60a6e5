using System;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>A user and their manager (<c>systemuser.parentsystemuserid</c>; null at the top of the hierarchy).</summary>
    public sealed record HierarchyUser(Guid Id, Guid? ManagerId);
}
