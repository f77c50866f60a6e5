using System;
using CrmIndependence.Plugins.HelpRequests.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Steps
{
    /// <summary>
    /// Habits 1 and 2 at the moment a rep asks: a help request missing what was tried, an option and a
    /// recommendation (or, when urgent, the reason) is refused with ONE message naming everything missing.
    /// This is a rule of the help-request form itself, so it applies in observe AND enforce mode (see the
    /// README, *Observe and enforce*: observe mode governs the sales process the suite watches, not the completeness of the suite's
    /// own records). An accepted request gets, in the Target (saved with it, no extra call): the manager
    /// addressed (default: the owner's manager), respond-after, disposition and, when the decision is the rep's
    /// to make, the automatic answer. The manager addressed by default is the nearest ACTIVE manager up the rep's chain
    /// (a disabled manager is passed over); a disabled manager chosen by the rep, or no active manager at all, is refused
    /// with a message saying whose user record needs an active manager. Signals and parking happen in asynchronous steps,
    /// off the rep's save. Service calls: one query for the owner and everyone above them (and the chosen manager; teams
    /// and roles only when a decision is named),
    /// plus the policy and authority matrix when their caches are cold.
    /// </summary>
    [Step("Create", HelpRequest.EntityName, PipelineStage.PreOperation,
        Description = "Refuses an incomplete help request; sets manager addressed, respond-after, disposition and the automatic answer.")]
    public sealed class AssessHelpRequest : PluginBase
    {
        public AssessHelpRequest(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var target = context.Target;
            var now = context.NowUtc;
            var draft = HelpRequestDraftReader.Read(target, now);
            var ownerId = target.GetAttributeValue<EntityReference>(HelpRequest.OwnerId)?.Id ?? context.InitiatingUserId;
            var asksAboutDecision = draft.DecisionType.HasValue && draft.DecisionValue.HasValue;

            var requester = RequesterReader.Read(context.SystemService, ownerId, draft.ManagerAddressedId, withMemberships: asksAboutDecision);
            if (requester.PassedOver.Count > 0 && requester.ManagerId.HasValue)
            {
                context.Trace($"{string.Join(" and ", requester.PassedOver)} {(requester.PassedOver.Count == 1 ? "is" : "are")} disabled: " +
                              $"the request goes to the next active manager up the chain, {requester.ManagerName ?? requester.ManagerId.ToString()}.");
            }

            var policy = PolicyProvider.Current(context);
            var matrix = asksAboutDecision ? AuthorityMatrixCache.Current(context) : new DecisionAuthority.AuthorityMatrix(new DecisionAuthority.AuthorityRule[0]);
            var result = HelpRequestIntake.Assess(draft, requester, matrix, policy.ResponseDelayMinutes);
            context.Trace(result.Summary);
            if (!result.IsAccepted)
            {
                context.Trace($"Refused in {policy.Mode} mode too: a help request's completeness is a rule of the form, not of the sales process.");
                throw new InvalidPluginExecutionException("This help request was not sent. " + result.RefusalMessage);
            }

            target[HelpRequest.ManagerAddressedId] = new EntityReference(SystemUser.EntityName, result.ManagerAddressedId!.Value);
            target[HelpRequest.Disposition] = new OptionSetValue((int)result.Disposition!.Value);
            target[HelpRequest.RespondAfter] = result.RespondAfter;
            if (result.Response != null)
            {
                target[HelpRequest.Response] = result.Response;
            }
        }
    }
}
