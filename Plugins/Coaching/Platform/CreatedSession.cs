using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>The planned session <see cref="SessionRows.CreateOrFind"/> stands for, and whether it created it.</summary>
    public sealed record CreatedSession(Entity Session, bool Created);
}
