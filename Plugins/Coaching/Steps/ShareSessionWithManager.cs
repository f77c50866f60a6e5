using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Steps
{
    /// <summary>
    /// A coaching session is shared with its manager (<see cref="ManagerAccess"/>) when it is created and when its manager
    /// changes (handed over from a disabled manager), so whoever holds it can hold, skip or reschedule it: the session
    /// belongs to its rep, and the manager hierarchy gives write access to the rep's direct manager only (who is not shared
    /// with). Synchronous, in
    /// the save's transaction. (Its topics are not shared: a manager beyond the direct one reads them through the
    /// hierarchy; to let them resolve topics too, make them the rep's Manager.)
    /// <para>Service calls: one Retrieve of the rep's manager and, beyond the direct manager, one GrantAccess; none for a
    /// session without a manager.</para>
    /// </summary>
    [Step("Create", CoachingSession.EntityName, PipelineStage.PostOperation, Description = Purpose)]
    [Step("Update", CoachingSession.EntityName, PipelineStage.PostOperation, Description = Purpose,
        FilteringAttributes = CoachingSession.ManagerId, PostImage = CoachingSession.ManagerId + "," + CoachingSession.RepId)]
    public sealed class ShareSessionWithManager : PluginBase
    {
        private const string Purpose = "Shares a coaching session with its manager, so they can hold it.";

        public ShareSessionWithManager(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var session = ManagerHandOver.SavedRow(context);
            var manager = session.GetAttributeValue<EntityReference>(CoachingSession.ManagerId);
            var rep = session.GetAttributeValue<EntityReference>(CoachingSession.RepId);
            if (manager == null || manager.Id == rep?.Id)
            {
                context.Trace("The session has no manager: nothing to share.");
                return;
            }

            if (rep == null)
            {
                context.Trace("The session names no rep: nothing to share.");
                return;
            }

            var shared = ManagerHandOver.ShareWith(context, CoachingSession.EntityName, rep, manager);
            context.Trace(shared
                ? $"Shared with {manager.Name ?? manager.Id.ToString()}, who holds the session."
                : "Held by the rep's direct manager: the manager hierarchy gives them the session.");
        }
    }
}
