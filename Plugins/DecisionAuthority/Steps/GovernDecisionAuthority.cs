using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.DecisionAuthority.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using CrmIndependence.Plugins.Signals.Platform;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.DecisionAuthority.Steps
{
    /// <summary>
    /// Keeps a deal's approval in step with its governed values (discount %, discount amount, deal value and
    /// any Column decision) and the decision-authority matrix, and handles approvals:
    /// <list type="bullet">
    /// <item>A change of governed values is assessed against the OWNER's authority (<see cref="AuthorityChange"/>):
    /// the approval status, approver and approved value are written into the Target (PreOperation: saved with
    /// the change, no extra call). A change is never refused; Win is (<see cref="RequireApprovalForWin"/>).
    /// A manager in the owner's chain changing a value the rep's own row covers defers a
    /// manager-override-within-authority signal (recorded after commit by <see cref="RecordAuthoritySignals"/>).</item>
    /// <item>Setting <c>cri_approvalstatus</c> to Approved or Rejected is a verdict (<see cref="Approval"/>): someone
    /// whose authority does not cover the values is refused, in observe mode too (the approval columns are the
    /// suite's own record, not a sales step, and an approval nobody was entitled to give would be false);
    /// the approver is stamped into <c>cri_approvedbyid</c>.</item>
    /// <item>Any other value a user sends for the approval columns is replaced by the assessed one, so nobody can
    /// clear a required approval or name an approver by editing the columns.</item>
    /// <item>On Create the same rules apply to the values the deal is created with (nothing existed before, so
    /// nothing is overridden): a deal created beyond its owner's authority is created Required; created Approved or
    /// Rejected is a verdict of its creator, refused unless their authority covers the values; a sent approver or
    /// approved value is replaced by the assessed one. A deal can no longer be created already approved.</item>
    /// </list>
    /// <para>Service calls (matrix and policy cached): none in the common case (Everyone/User rows; the owner
    /// acting). At most two: one Retrieve of Column decisions over other columns (only when such rows exist) and
    /// one <c>systemuser</c> query (<see cref="AuthorityProfiles"/>) for the owner's and the actor's teams and roles
    /// (only when Team/Role rows exist) that also brings the owner's manager chain when someone else changes a
    /// value; without Team/Role rows that query reads the chain alone, and only when someone other than the
    /// owner changes a value the owner's own row covers.</para>
    /// </summary>
    [Step("Update", Opportunity.EntityName, PipelineStage.PreOperation,
        FilteringAttributes = Opportunity.DiscountPercentage + "," + Opportunity.DiscountAmount + "," + Opportunity.EstimatedValue + "," +
            Opportunity.ApprovalStatus + "," + Opportunity.ApprovedById + "," + Opportunity.ApprovedValue + "," +
            Opportunity.ApprovalReason + "," + Opportunity.ApprovalComment,
        PreImage = Opportunity.OwnerId + "," + Opportunity.DiscountPercentage + "," + Opportunity.DiscountAmount + "," + Opportunity.EstimatedValue + "," +
            Opportunity.ApprovalStatus + "," + Opportunity.ApprovedById + "," + Opportunity.ApprovedValue,
        Description = "Decision authority: approval status of governed values, approvals, manager overrides.")]
    [Step("Create", Opportunity.EntityName, PipelineStage.PreOperation,
        Description = "Decision authority: approval status of a new deal's governed values; a deal cannot be created approved by someone not entitled to.")]
    public sealed class GovernDecisionAuthority : PluginBase
    {
        public GovernDecisionAuthority(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var target = context.Target;
            var isCreate = context.MessageName == "Create";
            var pre = isCreate ? NothingBefore(context, target) : context.PreImage();
            var owner = target.GetAttributeValue<EntityReference>(Opportunity.OwnerId) ?? pre?.GetAttributeValue<EntityReference>(Opportunity.OwnerId);
            if (pre == null || owner == null)
            {
                context.Trace("Decision authority: the deal's pre-image or owner is missing (check the step registration); nothing assessed.");
                return;
            }

            var matrix = AuthorityMatrixCache.Current(context);
            if (isCreate && matrix.Rules.Count == 0 && !SentApprovalColumns(target))
            {
                context.Trace("Decision authority: no authority row applies; the new deal needs no approval.");
                return;
            }

            var extra = GovernedColumns.Extra(matrix).ToArray();
            var stored = extra.Length == 0 || isCreate ? null : context.SystemService.Retrieve(Opportunity.EntityName, target.Id, new Microsoft.Xrm.Sdk.Query.ColumnSet(extra));
            var actor = new EntityReference(SystemUser.EntityName, context.InitiatingUserId);
            var verdict = VerdictOf(target, ApprovalStatuses.FromOptionValue(pre.GetAttributeValue<OptionSetValue>(Opportunity.ApprovalStatus)?.Value));

            // Someone else changing the owner's values may be a manager override: their chain is read with the
            // profiles (no extra call) when the profiles need a query anyway. A new deal overrides nothing.
            var chainOf = !isCreate && verdict == null && actor.Id != owner.Id && owner.LogicalName == SystemUser.EntityName ? owner.Id : (Guid?)null;
            var profiles = AuthorityProfiles.Load(context.SystemService, matrix, new[] { owner, actor }, chainOf);
            var ownerProfile = profiles[owner.Id];
            var actorProfile = profiles[actor.Id];
            var state = DealApprovalState.Read(matrix, ownerProfile, target, pre, stored);

            if (verdict != null)
            {
                Decide(context, matrix, state, ownerProfile, actorProfile, verdict.Value, isCreate);
                return;
            }

            Assess(context, matrix, state, owner, profiles, isCreate);
        }

        /// <summary>A new deal as the rules see what it was before: nothing, owned by its owner (by default the caller).</summary>
        private static Entity NothingBefore(LocalPluginContext context, Entity target) =>
            new Entity(Opportunity.EntityName, target.Id)
            {
                [Opportunity.OwnerId] = target.GetAttributeValue<EntityReference>(Opportunity.OwnerId)
                    ?? new EntityReference(SystemUser.EntityName, context.ExecutionContext.UserId),
            };

        private static bool SentApprovalColumns(Entity target) =>
            new[] { Opportunity.ApprovalStatus, Opportunity.ApprovedById, Opportunity.ApprovedValue }.Any(target.Contains);

        private static void Decide(
            LocalPluginContext context, AuthorityMatrix matrix, DealApprovalState state,
            UserAuthorityProfile owner, UserAuthorityProfile approver, ApprovalVerdict verdict, bool isCreate)
        {
            var decision = Approval.Decide(matrix, state.Values.Select(value => new DecisionValue(value.Decision, value.NewValue)), owner, approver, verdict);
            context.Trace(decision.Summary);
            if (!decision.IsAccepted)
            {
                throw new InvalidPluginExecutionException(isCreate
                    ? $"This deal was not created: it was sent already {(verdict == ApprovalVerdict.Approve ? "approved" : "rejected")}. {decision.RefusalMessage} " +
                      "Save the deal without an approval status: it is then Required until such a person decides."
                    : decision.RefusalMessage);
            }

            var approved = decision.ApprovedValues.Count == 1 ? decision.ApprovedValues[0].Value : null;
            Write(context.Target, decision.Status, decision.DecidedBy, approved);
        }

        private static void Assess(
            LocalPluginContext context, AuthorityMatrix matrix, DealApprovalState state, EntityReference owner, AuthorityProfiles profiles, bool isCreate)
        {
            var ownerProfile = profiles[owner.Id];
            var actorProfile = profiles[context.InitiatingUserId];
            var inChain = false;
            string? actorName = null;
            var actorIsOther = actorProfile.UserId != ownerProfile.UserId;
            var couldOverride = state.Values.Any(value => value.Changed && matrix.Resolve(value.Decision, ownerProfile) is var authority && authority.IsDefined && authority.Covers(value.NewValue));
            if (!isCreate && actorIsOther && couldOverride && owner.LogicalName == SystemUser.EntityName)
            {
                var depth = PolicyProvider.Current(context).ManagerChainDepth;
                var chain = profiles.PreloadedChain(owner.Id, depth) ?? ManagerChainReader.Load(context.SystemService, owner.Id, depth);
                context.Trace(chain.Explanation);
                inChain = chain.Contains(actorProfile.UserId);
                actorName = chain.NameOf(actorProfile.UserId);
            }

            var assessment = AuthorityChange.Assess(matrix, new DealChange(state.Values, ownerProfile, actorProfile, inChain, state.Status, state.ApprovedBy) { ActorName = actorName });
            context.Trace(assessment.Summary);
            KeepApprovalWords(context, assessment);

            var sentApprovalColumns = SentApprovalColumns(context.Target);
            if (assessment.ApprovalChanged || sentApprovalColumns)
            {
                var approved = assessment.ApprovedValues.Count == 1
                    ? assessment.ApprovedValues[0].Value
                    : assessment.Status == ApprovalStatus.Approved ? state.StoredApprovedValue : null;
                if (sentApprovalColumns && !assessment.ApprovalChanged)
                {
                    context.Trace($"The approval columns sent with this {(isCreate ? "new deal" : "save")} were replaced by the assessed ones (only an Approved or Rejected verdict is taken from users, and judged).");
                }

                Write(context.Target, assessment.Status, assessment.ApprovedBy, approved);
            }

            foreach (var due in assessment.Signals.Where(signal => signal.Kind == AuthoritySignalKind.ManagerOverrideWithinAuthority))
            {
                var execution = context.ExecutionContext;
                var signal = new Signal(
                    SignalKind.ManagerOverrideWithinAuthority,
                    owner.Id,
                    OperationTime.Of(execution),
                    due.Details,
                    IdempotencyKey.For(SignalKind.ManagerOverrideWithinAuthority, context.Target.Id, "authority", execution.CorrelationId))
                {
                    ManagerId = actorProfile.UserId,
                    OpportunityId = context.Target.Id,
                };
                DeferredSignals.Defer(execution, AuthoritySignals.SharedVariable, signal);
                context.Trace($"Manager-override signal deferred for rep {owner.Id}: recorded after the save by {nameof(RecordAuthoritySignals)}.");
            }
        }

        /// <summary>
        /// The words beside the approval: what is beyond the owner's authority is the suite's to write (a value sent
        /// for it is replaced); the approver's comment comes only with a verdict, so one sent without is dropped, and
        /// the comment of an earlier verdict is cleared when the deal asks for approval again or needs none.
        /// </summary>
        private static void KeepApprovalWords(LocalPluginContext context, ChangeAssessment assessment)
        {
            context.Target[Opportunity.ApprovalReason] = ApprovalRequests.BeyondAuthorityText(assessment.BeyondOwnerAuthority);
            if (context.Target.Contains(Opportunity.ApprovalComment))
            {
                context.Target.Attributes.Remove(Opportunity.ApprovalComment);
                context.Trace("The approval comment sent without an Approved or Rejected verdict was dropped: the comment is the approver's, given with the verdict.");
            }

            if (assessment.ApprovalChanged && assessment.Status != ApprovalStatus.Approved && assessment.Status != ApprovalStatus.Rejected)
            {
                context.Target[Opportunity.ApprovalComment] = null;
            }
        }

        /// <summary>Approve or Reject when the user sets the status to one of them (a change); otherwise null.</summary>
        private static ApprovalVerdict? VerdictOf(Entity target, ApprovalStatus current)
        {
            if (!target.Contains(Opportunity.ApprovalStatus) || !(target[Opportunity.ApprovalStatus] is OptionSetValue sent))
            {
                return null;
            }

            var asked = ApprovalStatuses.FromOptionValue(sent.Value);
            if (asked == current || sent.Value != (int)asked)
            {
                return null;
            }

            return asked == ApprovalStatus.Approved ? ApprovalVerdict.Approve : asked == ApprovalStatus.Rejected ? ApprovalVerdict.Reject : (ApprovalVerdict?)null;
        }

        private static void Write(Entity target, ApprovalStatus status, Guid? approvedBy, decimal? approvedValue)
        {
            target[Opportunity.ApprovalStatus] = new OptionSetValue((int)status);
            target[Opportunity.ApprovedById] = approvedBy.HasValue ? new EntityReference(SystemUser.EntityName, approvedBy.Value) : null;
            target[Opportunity.ApprovedValue] = approvedValue;
        }
    }
}
