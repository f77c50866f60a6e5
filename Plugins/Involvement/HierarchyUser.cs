using System;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>A user and their manager (<c>systemuser.parentsystemuserid</c>; null at the top of the hierarchy).</summary>
    public sealed record HierarchyUser(Guid Id, Guid? ManagerId)
    {
        /// <summary>The user's full name when the reader had it (it names the manager in a signal's details).</summary>
        public string? Name { get; init; }

        /// <summary>The user is disabled (<c>systemuser.isdisabled</c>): they cannot sign in, so nobody waits on them.</summary>
        public bool IsDisabled { get; init; }
    }
}
