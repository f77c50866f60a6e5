using System;

namespace CrmIndependence.Emulator.Writing;

/// <summary>
/// Who writes and when: <paramref name="UserId"/> becomes createdby/modifiedby and the default owner;
/// <paramref name="OnBehalfOfUserId"/> (the real caller when impersonating) becomes created/modifiedonbehalfby.
/// <paramref name="AllowCloseStates"/> lets Win/Lose set opportunity states; <paramref name="Seeding"/>
/// (arranging test data) also lets platform-managed columns through.
/// </summary>
internal readonly record struct WriteContext(Guid UserId, Guid? OnBehalfOfUserId, DateTime Now, bool AllowCloseStates = false, bool Seeding = false);
