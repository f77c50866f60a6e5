using System;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Demo.Playing
{
    public sealed partial class ScenarioPlayer
    {
        /// <summary>
        /// The Dataverse rows and requests the player sends for scenario entries: pure functions of the entry and of the
        /// org ids it refers to (resolved by the <see cref="PlaySession"/>); nothing here touches the org.
        /// </summary>
        private static class ScenarioRows
        {
            // ---- The org as the scenario describes it (seeded or created as SYSTEM before the play) ----------------

            public static Entity AccountRow(ScenarioAccount account, User owner) =>
                new("account") { ["name"] = account.Name, ["ownerid"] = owner.ToEntityReference() };

            public static Entity DealRow(ScenarioDeal deal, User owner, Guid? account)
            {
                var row = new Entity(Opportunity.EntityName)
                {
                    [Opportunity.PrimaryName] = deal.Name,
                    [Opportunity.EstimatedValue] = new Money(deal.Value),
                    [Opportunity.SalesStage] = new OptionSetValue(deal.Stage),
                    [Opportunity.OwnerId] = owner.ToEntityReference(),
                };
                if (account.HasValue)
                {
                    row[Opportunity.ParentAccountId] = new EntityReference("account", account.Value);
                }

                if (deal.Discount.HasValue)
                {
                    row[Opportunity.DiscountPercentage] = deal.Discount.Value;
                }

                if (deal.CloseDate.HasValue)
                {
                    row[Opportunity.EstimatedCloseDate] = deal.CloseDate.Value;
                }

                return row;
            }

            /// <summary>A <c>cri_decisionauthority</c> row; <paramref name="user"/> is the rule's user, if it names one.</summary>
            public static Entity AuthorityRow(ScenarioAuthority rule, User? user)
            {
                var row = new Entity(DecisionAuthorityTable.EntityName)
                {
                    [DecisionAuthorityTable.PrimaryName] = rule.Name,
                    [DecisionAuthorityTable.DecisionType] = new OptionSetValue(rule.DecisionType),
                    [DecisionAuthorityTable.AppliesTo] = new OptionSetValue(rule.AppliesTo),
                    [DecisionAuthorityTable.Limit] = rule.Limit,
                };
                if (user != null)
                {
                    row[DecisionAuthorityTable.UserId] = user.ToEntityReference();
                }

                if (rule.Column != null)
                {
                    row[DecisionAuthorityTable.Column] = rule.Column;
                }

                return row;
            }

            public static Entity RequirementRow(ScenarioStageRequirement requirement)
            {
                var row = new Entity(StageRequirement.EntityName)
                {
                    [StageRequirement.PrimaryName] = requirement.Message,
                    [StageRequirement.Stage] = new OptionSetValue(requirement.Stage),
                    [StageRequirement.Kind] = new OptionSetValue(requirement.Kind),
                    [StageRequirement.Message] = requirement.Message,
                };
                SetIf(row, StageRequirement.Column, requirement.Column);
                SetIf(row, StageRequirement.ActivityType, requirement.ActivityType);
                SetIf(row, StageRequirement.Value, requirement.Value);
                SetIf(row, StageRequirement.RelatedTable, requirement.RelatedTable);
                if (requirement.Count.HasValue)
                {
                    row[StageRequirement.Count] = requirement.Count.Value;
                }

                if (requirement.Operator.HasValue)
                {
                    row[StageRequirement.Operator] = new OptionSetValue(requirement.Operator.Value);
                }

                return row;
            }

            /// <summary>The first value of the <c>cri_policy</c> environment variable (<paramref name="definition"/> is its definition's id).</summary>
            public static Entity PolicyValueRow(string json, Guid definition) => new(EnvironmentVariableValue.EntityName)
            {
                [EnvironmentVariableValue.SchemaName] = EnvironmentVariableDefinition.PolicySchemaName,
                [EnvironmentVariableValue.Value] = json,
                [EnvironmentVariableValue.EnvironmentVariableDefinitionId] = new EntityReference(EnvironmentVariableDefinition.EntityName, definition),
            };

            /// <summary>A later policy: the change to the existing value row.</summary>
            public static Entity PolicyValueChange(Guid value, string json) =>
                new(EnvironmentVariableValue.EntityName, value) { [EnvironmentVariableValue.Value] = json };

            // ---- Events ------------------------------------------------------------------------------------------

            /// <summary>The activity regarding the deal; a completed one ends at <paramref name="now"/>.</summary>
            public static Entity ActivityRow(ActivityEvent activity, Guid deal, DateTime now)
            {
                var row = new Entity(activity.ActivityTable)
                {
                    [ActivityPointer.Subject] = activity.Subject,
                    [ActivityPointer.RegardingObjectId] = new EntityReference(Opportunity.EntityName, deal),
                };
                if (activity.Completed)
                {
                    row[ActivityPointer.StateCode] = new OptionSetValue(ActivityPointer.StateCodeOption.Completed);
                    row[ActivityPointer.ActualEnd] = now;
                }

                return row;
            }

            public static Entity DealEdit(EditDealEvent edit, Guid deal)
            {
                var change = new Entity(Opportunity.EntityName, deal);
                if (edit.Stage.HasValue) change[Opportunity.SalesStage] = new OptionSetValue(edit.Stage.Value);
                if (edit.Value.HasValue) change[Opportunity.EstimatedValue] = new Money(edit.Value.Value);
                if (edit.Discount.HasValue) change[Opportunity.DiscountPercentage] = edit.Discount.Value;
                if (edit.Probability.HasValue) change[Opportunity.CloseProbability] = edit.Probability.Value;
                if (edit.CloseDate.HasValue) change[Opportunity.EstimatedCloseDate] = edit.CloseDate.Value;
                return change;
            }

            public static Entity StageMove(Guid deal, int stage) =>
                new(Opportunity.EntityName, deal) { [Opportunity.SalesStage] = new OptionSetValue(stage) };

            /// <summary>The contact a stage move names as the deal's decision maker.</summary>
            public static Entity DecisionMakerRow(string name) => new("contact") { ["lastname"] = name };

            /// <summary>Sets the decision maker (a contact) on a stage move, so the move and its criteria are one save.</summary>
            public static void SetDecisionMaker(Entity stageMove, Guid contact) =>
                stageMove[Opportunity.ParentContactId] = new EntityReference("contact", contact);

            public static OrganizationRequest CloseRequest(CloseDealEvent close, Guid deal)
            {
                var closeActivity = new Entity(OpportunityClose.EntityName)
                {
                    [OpportunityClose.OpportunityId] = new EntityReference(Opportunity.EntityName, deal),
                    [ActivityPointer.Subject] = close.Won ? "Won" : "Lost",
                };
                return close.Won
                    ? new WinOpportunityRequest { OpportunityClose = closeActivity, Status = new OptionSetValue(-1) }
                    : new LoseOpportunityRequest { OpportunityClose = closeActivity, Status = new OptionSetValue(-1) };
            }

            public static OrganizationRequest Assignment(Guid deal, User to) => new AssignRequest
            {
                Target = new EntityReference(Opportunity.EntityName, deal),
                Assignee = to.ToEntityReference(),
            };

            public static Entity Approval(Guid deal) => new(Opportunity.EntityName, deal)
            {
                [Opportunity.ApprovalStatus] = new OptionSetValue(Opportunity.ApprovalStatusOption.Approved),
            };

            /// <summary>A <c>cri_helprequest</c> as the rep files it; <paramref name="deal"/> is the deal it is about, if any.</summary>
            public static Entity HelpRequestRow(HelpRequestEvent request, Guid? deal)
            {
                var row = new Entity(HelpRequest.EntityName)
                {
                    [HelpRequest.PrimaryName] = request.Subject,
                    [HelpRequest.Urgency] = new OptionSetValue(request.Urgent ? HelpRequest.UrgencyOption.Urgent : HelpRequest.UrgencyOption.NonUrgent),
                    [HelpRequest.Problem] = request.Problem ?? request.Subject,
                };
                if (deal.HasValue)
                {
                    row[HelpRequest.RegardingObjectId] = new EntityReference(Opportunity.EntityName, deal.Value);
                }

                SetIf(row, HelpRequest.UrgentReason, request.UrgentReason);
                SetIf(row, HelpRequest.WhatTried, request.Tried);
                SetIf(row, HelpRequest.Recommendation, request.Recommendation);
                var optionColumns = new[] { HelpRequest.Option1, HelpRequest.Option2, HelpRequest.Option3 };
                for (var i = 0; i < request.Options.Count; i++)
                {
                    row[optionColumns[i]] = request.Options[i];
                }

                if (request.DecisionType.HasValue && request.DecisionValue.HasValue)
                {
                    row[HelpRequest.DecisionType] = new OptionSetValue(request.DecisionType.Value);
                    row[HelpRequest.DecisionValue] = request.DecisionValue.Value;
                }

                return row;
            }

            public static Entity Answer(Guid request, string response) =>
                new(HelpRequest.EntityName, request) { [HelpRequest.Response] = response };

            /// <summary>The manager ticking a topic off in the session's subgrid.</summary>
            public static Entity TopicResolved(Guid topic) => new(CoachingTopic.EntityName, topic) { [CoachingTopic.Resolved] = true };

            public static Entity SessionChange(Guid session, CoachingEvent coaching)
            {
                var change = new Entity(CoachingSession.EntityName, session) { [CoachingSession.SessionStatus] = new OptionSetValue(coaching.Status) };
                SetIf(change, CoachingSession.SkipReason, coaching.Reason);
                SetIf(change, CoachingSession.Outcome, coaching.Outcome);
                if (coaching.NewDate.HasValue)
                {
                    change[CoachingSession.RescheduledTo] = coaching.NewDate.Value;
                }

                return change;
            }

            private static void SetIf(Entity row, string column, string? value)
            {
                if (value != null)
                {
                    row[column] = value;
                }
            }
        }
    }
}
