using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>
    /// The rep a session is for, read with one query (the rep and everyone above them): name, since when the suite
    /// follows them, and the manager who coaches them — the nearest ACTIVE manager up the chain (<see cref="ManagerChain.FirstActive"/>;
    /// <see cref="PassedOver"/> names the disabled ones below them). No active manager: <see cref="ManagerId"/> is empty.
    /// </summary>
    internal sealed record CoachedRep(Guid Id, string Name, Guid? ManagerId, string? ManagerName, DateTime TrackingSinceUtc)
    {
        /// <summary>The disabled managers passed over, nearest first.</summary>
        public IReadOnlyList<string> PassedOver { get; init; } = new string[0];

        /// <summary>For the trace: who coaches the rep, and why when a disabled manager was passed over or nobody is active.</summary>
        public string ManagerExplanation =>
            PassedOver.Count == 0
                ? ManagerId.HasValue ? $"{Name}'s manager {ManagerName ?? ManagerId.ToString()} coaches them." : $"{Name} has no manager: the session has none."
                : ManagerId.HasValue
                    ? $"{string.Join(" and ", PassedOver)} {(PassedOver.Count == 1 ? "is" : "are")} disabled: {ManagerName ?? ManagerId.ToString()}, the next active manager up {Name}'s chain, coaches them."
                    : $"{string.Join(" and ", PassedOver)} {(PassedOver.Count == 1 ? "is" : "are")} disabled and nobody above is active: the session has no manager. " +
                      $"Set an active manager on {Name}'s user record (Manager).";

        public static CoachedRep Read(IOrganizationService service, Guid repId, DateTime nowUtc)
        {
            var manager = ManagerChainReader.NearestActiveManager(service, repId, out var user, SystemUser.FullName, SystemUser.CreatedOn);
            if (user == null)
            {
                throw new InvalidPluginExecutionException($"The rep {repId} is not a user of this organization (deleted?): no coaching session can be planned for them.");
            }

            var createdOn = user.GetAttributeValue<DateTime?>(SystemUser.CreatedOn);
            return new CoachedRep(
                repId,
                user.GetAttributeValue<string>(SystemUser.FullName) ?? "the rep",
                manager.ManagerId,
                manager.ManagerName,
                UtcTime.Normalize(createdOn ?? nowUtc))
            {
                PassedOver = manager.PassedOver,
            };
        }
    }
}
