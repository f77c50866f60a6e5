using System;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Infrastructure;
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
        FilteringAttributes = SystemUser.IsDisabled, PostImage = SystemUser.IsDisabled + "," + SystemUser.FullName,
        Description = "Hands a disabled manager's planned coaching sessions to each rep's nearest active manager.")]
    public sealed class HandOverSessionsOfDisabledManager : PluginBase
    {
        public HandOverSessionsOfDisabledManager(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var user = context.PostImage();
            if (user?.GetAttributeValue<bool?>(SystemUser.IsDisabled) != true)
            {
                context.Trace("The user is not disabled: their sessions stay with them.");
                return;
            }

            var userId = context.ExecutionContext.PrimaryEntityId;
            var service = context.SystemService;
            var query = new QueryExpression(CoachingSession.EntityName) { ColumnSet = new ColumnSet(CoachingSession.RepId, CoachingSession.PrimaryName) };
            query.Criteria.AddCondition(CoachingSession.ManagerId, ConditionOperator.Equal, userId);
            query.Criteria.AddCondition(CoachingSession.SessionStatus, ConditionOperator.Equal, (int)CoachingSessionStatus.Planned);
            var sessions = service.RetrieveMultiple(query).Entities;
            context.Trace($"{user.GetAttributeValue<string>(SystemUser.FullName) ?? userId.ToString()} was disabled: {sessions.Count} planned session(s) to hand over.");
            foreach (var session in sessions)
            {
                var rep = session.GetAttributeValue<EntityReference>(CoachingSession.RepId);
                if (rep == null)
                {
                    continue;
                }

                var coached = CoachedRep.Read(service, rep.Id, Signals.UtcTime.Normalize(context.ExecutionContext.OperationCreatedOn));
                service.Update(new Entity(CoachingSession.EntityName, session.Id)
                {
                    [CoachingSession.ManagerId] = coached.ManagerId.HasValue ? new EntityReference(SystemUser.EntityName, coached.ManagerId.Value) : null,
                });
                context.Trace($"Session '{session.GetAttributeValue<string>(CoachingSession.PrimaryName)}': {coached.ManagerExplanation}");
            }
        }
    }
}
