using System;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Steps
{
    /// <summary>
    /// Habits 1 and 2 at the moment a rep asks: a help request missing what was tried, an option and a
    /// recommendation (or, when urgent, the reason) is refused with ONE message naming everything missing.
    /// This is a rule of the help-request form itself, so it applies in observe AND enforce mode (see the
    /// README: observe mode governs the sales process the suite watches, not the completeness of the suite's
    /// own records). An accepted request gets, in the Target (saved with it, no extra call): the manager
    /// addressed (default: the owner's manager), respond-after, disposition and, when the decision is the rep's
    /// to make, the automatic answer. Signals and parking happen in asynchronous steps, off the rep's save.
    /// Service calls: one query for the owner (manager, and teams and roles only when a decision is named),
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
            var now = UtcTime.Normalize(context.ExecutionContext.OperationCreatedOn);
            var draft = HelpRequestDraftReader.Read(target, now);
            var ownerId = target.GetAttributeValue<EntityReference>(HelpRequest.OwnerId)?.Id ?? context.InitiatingUserId;
            var asksAboutDecision = draft.DecisionType.HasValue && draft.DecisionValue.HasValue;

            var requester = RequesterReader.Read(context.SystemService, ownerId, withMemberships: asksAboutDecision);
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
