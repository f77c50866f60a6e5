using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.DecisionAuthority.Steps
{
    /// <summary>
    /// The custom API <c>cri_ApproveDeal</c>, bound to opportunity: Approve (true approves, false rejects) and Comment in;
    /// ApprovalStatus (the deal's status afterwards) out. For the opportunity form's Approve and Reject buttons, Power
    /// Automate approval flows and integrations. The request's own rules are <see cref="ApprovalRequests"/>; the verdict is
    /// written as the CALLER (their service), so <see cref="GovernDecisionAuthority"/> applies the same entitlement rule as
    /// a user setting the status on the form (<see cref="Approval"/>): someone whose authority does not cover the values
    /// is refused with the message naming each value and their limit, and nothing is written.
    /// <para>Service calls: one Retrieve (the status and comment, as the caller: they must be able to read the deal) and,
    /// unless the deal already has the verdict (a retry), one Update as the caller.</para>
    /// </summary>
    [CustomApi("cri_ApproveDeal", BoundTable = Opportunity.EntityName)]
    public sealed class ApproveDealApi : PluginBase
    {
        public const string ApproveParameter = "Approve";
        public const string CommentParameter = "Comment";
        public const string StatusProperty = "ApprovalStatus";

        public ApproveDealApi(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var inputs = context.ExecutionContext.InputParameters;
            var deal = inputs.TryGetValue("Target", out var target) ? target as EntityReference : null;
            if (deal == null || deal.LogicalName != Opportunity.EntityName)
            {
                throw new InvalidPluginExecutionException("cri_ApproveDeal is bound to an opportunity: call it on the deal to approve or reject.");
            }

            if (!inputs.TryGetValue(ApproveParameter, out var approveValue) || !(approveValue is bool approve))
            {
                throw new InvalidPluginExecutionException("Say whether you approve the deal: Approve true approves it, false rejects it.");
            }

            var comment = inputs.TryGetValue(CommentParameter, out var commentValue) ? (commentValue as string)?.Trim() : null;
            comment = string.IsNullOrEmpty(comment) ? null : comment;
            var verdict = approve ? ApprovalVerdict.Approve : ApprovalVerdict.Reject;

            var stored = context.InitiatingUserService.Retrieve(Opportunity.EntityName, deal.Id, new ColumnSet(Opportunity.ApprovalStatus));
            var current = ApprovalStatuses.FromOptionValue(stored.GetAttributeValue<OptionSetValue>(Opportunity.ApprovalStatus)?.Value);
            var check = ApprovalRequests.Check(current, verdict, comment);
            switch (check.Outcome)
            {
                case ApprovalRequestOutcome.Refused:
                    context.Trace($"cri_ApproveDeal: {verdict} refused before the entitlement check: {check.RefusalMessage}");
                    throw new InvalidPluginExecutionException(check.RefusalMessage);
                case ApprovalRequestOutcome.AlreadyDecided:
                    context.Trace($"cri_ApproveDeal: the deal is already {current}; nothing written (a retried call).");
                    context.ExecutionContext.OutputParameters[StatusProperty] = new OptionSetValue((int)current);
                    return;
            }

            var status = verdict == ApprovalVerdict.Approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected;
            context.InitiatingUserService.Update(new Entity(Opportunity.EntityName, deal.Id)
            {
                [Opportunity.ApprovalStatus] = new OptionSetValue((int)status),
                [Opportunity.ApprovalComment] = comment,
            });

            var after = context.InitiatingUserService.Retrieve(Opportunity.EntityName, deal.Id, new ColumnSet(Opportunity.ApprovalStatus));
            var result = ApprovalStatuses.FromOptionValue(after.GetAttributeValue<OptionSetValue>(Opportunity.ApprovalStatus)?.Value);
            context.Trace($"cri_ApproveDeal: {verdict} by {context.InitiatingUserId}; the deal is {result}.");
            context.ExecutionContext.OutputParameters[StatusProperty] = new OptionSetValue((int)result);
        }
    }
}
