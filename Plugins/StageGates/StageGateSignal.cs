using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// A stage-gate signal is due: the plugin records it as <c>SignalKind.StageGateBlocked</c> for the
    /// deal's owner. <see cref="RequirementIds"/> name the criteria missed, so "the same stage-gate failure
    /// on 2 deals" can be counted per requirement.
    /// </summary>
    public sealed record StageGateSignal(string Details, IReadOnlyList<Guid> RequirementIds);
}
