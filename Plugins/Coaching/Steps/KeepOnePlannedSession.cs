using System;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Coaching.Steps
{
    /// <summary>
    /// One planned session per rep, with a manager who can hold it, for the sessions people create by hand (the form, an
    /// import, a flow): a new session without a status is Planned; a second planned session for a rep is refused with the
    /// one they have; so is moving a planned session to a rep who has one. A planned session without a manager gets the
    /// rep's nearest active manager; a disabled manager is refused, and so is a rep whose managers are all disabled, with
    /// a message saying whose user record needs an active manager. The suite's own sessions (written as SYSTEM) already
    /// reuse the rep's planned session and derive their ids from what caused them (<see cref="SessionRows"/>), so they
    /// pass. (A held, skipped, rescheduled or cancelled session cannot become Planned again: <see cref="ChangeSessionStatus"/>.)
    /// <para>Service calls, for a user's planned session only: the rep's planned session (one query) and the rep with
    /// everyone above them (one query); one Retrieve more for a chosen manager outside the rep's chain.</para>
    /// </summary>
    [Step("Create", CoachingSession.EntityName, PipelineStage.PreOperation, Description = Purpose)]
    [Step("Update", CoachingSession.EntityName, PipelineStage.PreOperation, Description = Purpose,
        FilteringAttributes = CoachingSession.RepId + "," + CoachingSession.ManagerId,
        PreImage = CoachingSession.RepId + "," + CoachingSession.ManagerId + "," + CoachingSession.SessionStatus)]
    public sealed class KeepOnePlannedSession : PluginBase
    {
        private const string Purpose = "Keeps one planned coaching session per rep, with an active manager, for sessions created or changed by hand.";

        public KeepOnePlannedSession(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var target = context.Target;
            var isCreate = context.MessageName == "Create";
            var pre = context.PreImage();
            if (isCreate && !target.Contains(CoachingSession.SessionStatus))
            {
                target[CoachingSession.SessionStatus] = new OptionSetValue((int)CoachingSessionStatus.Planned);
                context.Trace("A new session without a status is Planned.");
            }

            var status = (target.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus) ?? pre?.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus))?.Value;
            if (status != (int)CoachingSessionStatus.Planned)
            {
                context.Trace("Not a planned session: nothing to keep single.");
                return;
            }

            if (SuiteIdentity.IsSuite(context))
            {
                context.Trace("Opened by the suite (SYSTEM): it reused the rep's planned session or derived this one's id from its cause.");
                return;
            }

            var rep = target.GetAttributeValue<EntityReference>(CoachingSession.RepId) ?? pre?.GetAttributeValue<EntityReference>(CoachingSession.RepId);
            if (rep == null)
            {
                throw new InvalidPluginExecutionException("Choose the rep this coaching session is for (Rep), then save again.");
            }

            var service = context.SystemService;
            var chain = ManagerChainReader.LoadWithOwner(service, rep.Id, ManagerChain.WholeHierarchy, out var repRow, SystemUser.FullName);
            var repName = repRow?.GetAttributeValue<string>(SystemUser.FullName) ?? "The rep";
            var repChanged = isCreate || (target.Contains(CoachingSession.RepId) && pre?.GetAttributeValue<EntityReference>(CoachingSession.RepId)?.Id != rep.Id);
            if (repChanged)
            {
                // A create under the id of the rep's planned session is the same session (a process that derived its id from
                // the same cause, racing another): the platform refuses the duplicate id and that process uses the session.
                var self = isCreate ? (target.Id != Guid.Empty ? target.Id : (Guid?)null) : context.ExecutionContext.PrimaryEntityId;
                RefuseASecondPlannedSession(service, rep.Id, repName, self);
            }

            if (isCreate || target.Contains(CoachingSession.ManagerId))
            {
                CheckManager(context, target, chain, repName);
            }
        }

        private static void RefuseASecondPlannedSession(IOrganizationService service, Guid repId, string repName, Guid? except)
        {
            var planned = PlannedSessions.Find(service, repId, except);
            if (planned == null)
            {
                return;
            }

            var name = planned.GetAttributeValue<string>(CoachingSession.PrimaryName);
            var start = planned.GetAttributeValue<DateTime?>(CoachingSession.ScheduledStart);
            throw new InvalidPluginExecutionException(
                $"{repName} already has a planned coaching session{(string.IsNullOrWhiteSpace(name) ? string.Empty : $", '{name}'")}" +
                $"{(start.HasValue ? $" ({AgendaText.Moment(start.Value)})" : string.Empty)}: a rep has one planned session at a time. " +
                "Open that session to add to its agenda or move its date, or hold, skip or cancel it first.");
        }

        private static void CheckManager(LocalPluginContext context, Entity target, ManagerChain chain, string repName)
        {
            var active = chain.FirstActive();
            var chosen = target.GetAttributeValue<EntityReference>(CoachingSession.ManagerId);
            if (chosen == null)
            {
                if (active.Found)
                {
                    target[CoachingSession.ManagerId] = new EntityReference(SystemUser.EntityName, active.ManagerId!.Value) { Name = active.ManagerName };
                    context.Trace($"No manager chosen: {active.Explanation} The session goes to {active.Label}.");
                    return;
                }

                if (active.PassedOver.Count > 0)
                {
                    throw new InvalidPluginExecutionException(
                        $"{string.Join(" and ", active.PassedOver)} {(active.PassedOver.Count == 1 ? "is" : "are")} disabled and nobody above in {AgendaText.Possessive(repName)} " +
                        $"hierarchy is active, so nobody can hold this session: set an active manager on {AgendaText.Possessive(repName)} user record (Manager), or choose an active manager.");
                }

                context.Trace($"{repName} has no manager: the session has none.");
                return;
            }

            var inChain = chain.Contains(chosen.Id);
            var user = inChain ? null : context.SystemService.Retrieve(SystemUser.EntityName, chosen.Id, new ColumnSet(SystemUser.FullName, SystemUser.IsDisabled));
            var disabled = inChain ? chain.IsDisabled(chosen.Id) : user!.GetAttributeValue<bool?>(SystemUser.IsDisabled) == true;
            var name = inChain ? chain.NameOf(chosen.Id) : user!.GetAttributeValue<string>(SystemUser.FullName);
            if (disabled)
            {
                throw new InvalidPluginExecutionException(
                    $"{name ?? "The manager chosen"} is disabled and can't hold this session: choose an active manager" +
                    (active.Found ? $" ({AgendaText.Possessive(repName)} nearest active manager is {active.Label})." : $", or set an active manager on {AgendaText.Possessive(repName)} user record (Manager)."));
            }
        }
    }
}
