using System;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>An exit criterion the deal does not meet, in the users' words.</summary>
    public sealed record MissingItem(Guid RequirementId, SalesStage Stage, string Message);
}
