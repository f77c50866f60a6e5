using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// A stage-gate signal is due: the plugin records it as <c>SignalKind.StageGateBlocked</c> for the
    /// deal's owner. <see cref="RequirementIds"/> name the criteria missed, so "the same stage-gate failure
    /// on 2 deals" can be counted per requirement; <see cref="GateName"/> is the first one's message, the words
    /// the rep saw, so a coaching agenda can name the gate without reading the requirement again.
    /// </summary>
    public sealed record StageGateSignal(string Details, IReadOnlyList<Guid> RequirementIds, string GateName);
}
