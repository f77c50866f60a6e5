using System;
using CrmIndependence.Emulator.Recording;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>
/// Who sends a request and from where: the user it runs as, the user who started the whole operation,
/// the real caller when impersonating, and — for a call from a plug-in — the plug-in's context and
/// execution record (so Depth, ParentContext and the plug-in's service calls and rows read follow).
/// <paramref name="IsInternal"/> marks a message the platform runs inside another one (SetState's Update,
/// Win's Create of opportunityclose, a cascade delete): same depth as its parent.
/// <paramref name="SecurityChecked"/>: the privileges were checked on the message that runs this one (not checked again).
/// </summary>
internal sealed record Caller(
    Guid UserId,
    Guid InitiatingUserId,
    Guid? OnBehalfOfUserId = null,
    PluginExecutionContext? ParentContext = null,
    StepRun? CallingStep = null,
    bool IsInternal = false,
    bool AllowCloseStates = false,
    bool InsideExecuteTransaction = false,
    bool SecurityChecked = false)
{
    public static Caller User(Guid userId, Guid? onBehalfOf = null) => new(userId, userId, onBehalfOf);
}
