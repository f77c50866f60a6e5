using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Coaching.Steps
{
    /// <summary>
    /// When a user is disabled, the planned coaching sessions they were to hold go to each rep's nearest active manager
    /// (<see cref="CoachedRep"/>), so no rep waits on someone who can no longer sign in; with nobody active the session
    /// keeps no manager and the trace says whose user record needs one. Asynchronous: disabling a user never waits for it.
    /// Re-running it finds no planned session of the disabled user left.
    /// <para>Service calls: one query for their planned sessions; per session the rep's chain (one query) and one Update.</para>
    /// </summary>
    [Step("Update", SystemUser.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = SystemUser.IsDisabled, PostImage = ManagerHandOver.DisabledUserImage,
        Description = "Hands a disabled manager's planned coaching sessions to each rep's nearest active manager.")]
    public sealed class HandOverSessionsOfDisabledManager : PluginBase
    {
        public HandOverSessionsOfDisabledManager(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var service = context.SystemService;
            ManagerHandOver.FromDisabledUser(
                context,
                "The user is not disabled: their sessions stay with them.",
                userId =>
                {
                    var query = new QueryExpression(CoachingSession.EntityName) { ColumnSet = new ColumnSet(CoachingSession.RepId, CoachingSession.PrimaryName) };
                    query.Criteria.AddCondition(CoachingSession.ManagerId, ConditionOperator.Equal, userId);
                    query.Criteria.AddCondition(CoachingSession.SessionStatus, ConditionOperator.Equal, (int)CoachingSessionStatus.Planned);
                    return query;
                },
                count => $"{count} planned session(s) to hand over",
                session =>
                {
                    var rep = session.GetAttributeValue<EntityReference>(CoachingSession.RepId);
                    if (rep == null)
                    {
                        return;
                    }

                    var coached = CoachedRep.Read(service, rep.Id, context.NowUtc);
                    service.Update(new Entity(CoachingSession.EntityName, session.Id)
                    {
                        [CoachingSession.ManagerId] = coached.ManagerId.HasValue ? new EntityReference(SystemUser.EntityName, coached.ManagerId.Value) : null,
                    });
                    context.Trace($"Session '{session.GetAttributeValue<string>(CoachingSession.PrimaryName)}': {coached.ManagerExplanation}");
                });
        }
    }
}
