using System;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.StageGates.Platform;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.StageGates.Platform
{
    /// <summary>
    /// The active <c>cri_stagerequirement</c> rows of the organization, read with one query and cached per
    /// organization for <see cref="TimeToLive"/> (forgotten at once on this server when a row changes, see
    /// <see cref="ForgetStageRequirements"/>). Every configuration problem is traced once on each use (as a warning of the
    /// stage gate's decision), never thrown.
    /// Columns and related tables are checked against the opportunity's metadata (<see cref="CrmIndependence.Plugins.Platform.DealMetadataReader"/>).
    /// </summary>
    public static class StageRequirementsProvider
    {
        public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(60);

        private static readonly OrgConfigurationCache<StageRequirementSet> Cache = new OrgConfigurationCache<StageRequirementSet>(TimeToLive);

        public static StageRequirementSet Current(LocalPluginContext context)
        {
            var set = Cache.Get(context.ExecutionContext.OrganizationId, () => Load(context.SystemService), out var loaded);
            context.Trace(
                $"Stage requirements: {set.Requirements.Count} in use, {set.Problems.Count} configuration problem(s) " +
                $"({(loaded ? "read now" : "cached")}); the stage gate's decision traces each one.");
            return set;
        }

        public static void Forget(Guid organizationId) => Cache.Forget(organizationId);

        private static StageRequirementSet Load(IOrganizationService service) => StageRequirementRows.Read(service);
    }
}
