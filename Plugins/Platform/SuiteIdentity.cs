using System;
using System.Collections.Concurrent;
using CrmIndependence.Plugins.Infrastructure;
using Microsoft.Crm.Sdk.Messages;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// Tells the suite's own writes from a user's. The suite writes its bookkeeping through
    /// <c>CreateOrganizationService(null)</c>, which acts as the organization's SYSTEM user, so the pipeline of such a
    /// write runs with <c>UserId</c> = SYSTEM; no user can act as SYSTEM (impersonation never reaches it). SYSTEM's id
    /// is learned once per organization with a WhoAmI through that service and kept for the life of the process (it
    /// never changes), so checking costs one call per organization and server, then none.
    /// </summary>
    public static class SuiteIdentity
    {
        private static readonly ConcurrentDictionary<Guid, Guid> SystemUsers = new ConcurrentDictionary<Guid, Guid>();

        /// <summary>True when the operation runs as SYSTEM: a write by the suite (or the platform), never by a user.</summary>
        public static bool IsSuite(LocalPluginContext context) => context.ExecutionContext.UserId == SystemUserId(context);

        /// <summary>The id of the organization's SYSTEM user.</summary>
        public static Guid SystemUserId(LocalPluginContext context) =>
            SystemUsers.GetOrAdd(
                context.ExecutionContext.OrganizationId,
                _ => ((WhoAmIResponse)context.SystemService.Execute(new WhoAmIRequest())).UserId);
    }
}
