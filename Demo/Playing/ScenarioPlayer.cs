using System;
using System.Collections.Generic;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Linq;
using System.ServiceModel;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Recording;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Solution.Source;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Demo.Playing
{
    /// <summary>
    /// Plays a scenario through the real plugins: builds an org on a <see cref="SimulatedClock"/> with the solution's
    /// tables and every step the plugin assembly declares, seeds the org, then plays the timeline in time order as the
    /// acting users. A refusal by a plugin is an outcome (counted), not an error; anything else the org refuses stops
    /// the play with a <see cref="ScenarioException"/> naming the event, and no result is returned.
    /// </summary>
    public sealed class ScenarioPlayer
    {
        private static readonly Lazy<PluginAssemblyRegistration> Registration =
            new(() => RegistrationReader.Read(typeof(PluginBase).Assembly));

        private readonly string solutionFolder;

        public ScenarioPlayer(string? solutionFolder = null)
        {
            this.solutionFolder = solutionFolder ?? RepositoryFolders.SolutionSource;
        }

        /// <summary>Called after each event with (events played, events in all).</summary>
        public Action<int, int>? Progress { get; set; }

        /// <summary>Called for every client call made to play an event, with the org's record of what it ran (e.g. to attribute the plugins' cost).</summary>
        public Action<OperationRecord>? Observe { get; set; }

        public PlayResult Play(Scenario scenario)
        {
            var watch = Stopwatch.StartNew();
            var clock = new SimulatedClock(scenario.Start);
            var org = Org.Create(clock, metadata: Catalog());
            var session = new Session(scenario, org, clock, Observe);
            session.Build();
            var result = session.PlayAll(Progress);
            result.Elapsed = watch.Elapsed;
            return result;
        }

        /// <summary>The standard tables plus the solution's, read from the solution source (a catalog per org).</summary>
        private MetadataCatalog Catalog() => SolutionTables.CreateCatalog(solutionFolder);

        private sealed class Session
        {
            private readonly Scenario scenario;
            private readonly Org org;
            private readonly SimulatedClock clock;
            private readonly Dictionary<string, User> users = new(StringComparer.Ordinal);
            private readonly Dictionary<string, Guid> accounts = new(StringComparer.Ordinal);
            private readonly Dictionary<string, Guid> deals = new(StringComparer.Ordinal);
            private readonly Dictionary<string, Guid> requests = new(StringComparer.Ordinal);
            private Guid policyValueId;
            private readonly Action<OperationRecord>? observe;
            private PlayResult? result;

            public Session(Scenario scenario, Org org, SimulatedClock clock, Action<OperationRecord>? observe)
            {
                this.scenario = scenario;
                this.org = org;
                this.clock = clock;
                this.observe = observe;
            }

            public void Build()
            {
                org.Seed(new Entity(EnvironmentVariableDefinition.EntityName)
                {
                    [EnvironmentVariableDefinition.SchemaName] = EnvironmentVariableDefinition.PolicySchemaName,
                    [EnvironmentVariableDefinition.DefaultValue] = "{\"mode\":\"observe\"}",
                });
                org.Register(Registration.Value);

                foreach (var user in scenario.Users)
                {
                    users[user.Key] = org.Users.Add(user.Name, user.Manager == null ? null : users[user.Manager]);
                }

                Setup("accounts", scenario.Accounts, account => accounts[account.Key] = org.Seed(
                    new Entity("account") { ["name"] = account.Name, ["ownerid"] = users[account.Owner].ToEntityReference() }, users[account.Owner]));
                Setup("opportunities", scenario.Deals, deal => deals[deal.Key] = SeedDeal(deal));

                if (scenario.PolicyJson != null)
                {
                    SetPolicy(scenario.PolicyJson, "policy");
                }

                Setup("authority", scenario.Authority, rule => org.AsSystem.Create(AuthorityRow(rule)));
                Setup("stageRequirements", scenario.StageRequirements, requirement => org.AsSystem.Create(RequirementRow(requirement)));
            }

            public PlayResult PlayAll(Action<int, int>? progress)
            {
                result = new PlayResult(scenario, org, clock, users, deals);
                var total = scenario.Timeline.Count;
                foreach (var scenarioEvent in scenario.Timeline)
                {
                    if (scenarioEvent.At > clock.UtcNow)
                    {
                        clock.Set(scenarioEvent.At);
                    }

                    result.Costs.Add(Play(scenarioEvent));
                    progress?.Invoke(result.Costs.Count, total);
                }

                return result;
            }

            private void Setup<T>(string section, IReadOnlyList<T> items, Action<T> create)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    try
                    {
                        create(items[i]);
                    }
                    catch (FaultException<OrganizationServiceFault> fault)
                    {
                        throw new ScenarioException(scenario.File, $"{section}[{i}]", null, "the org refused it: " + fault.Detail.Message, fault);
                    }
                }
            }

            private Guid SeedDeal(ScenarioDeal deal)
            {
                var owner = users[deal.Owner];
                var row = new Entity(Opportunity.EntityName)
                {
                    [Opportunity.PrimaryName] = deal.Name,
                    [Opportunity.EstimatedValue] = new Money(deal.Value),
                    [Opportunity.SalesStage] = new OptionSetValue(deal.Stage),
                    [Opportunity.OwnerId] = owner.ToEntityReference(),
                };
                if (deal.Account != null)
                {
                    row[Opportunity.ParentAccountId] = new EntityReference("account", accounts[deal.Account]);
                }

                if (deal.Discount.HasValue)
                {
                    row[Opportunity.DiscountPercentage] = deal.Discount.Value;
                }

                if (deal.CloseDate.HasValue)
                {
                    row[Opportunity.EstimatedCloseDate] = deal.CloseDate.Value;
                }

                return org.Seed(row, owner);
            }

            private Entity AuthorityRow(ScenarioAuthority rule)
            {
                var row = new Entity(DecisionAuthorityTable.EntityName)
                {
                    [DecisionAuthorityTable.PrimaryName] = rule.Name,
                    [DecisionAuthorityTable.DecisionType] = new OptionSetValue(rule.DecisionType),
                    [DecisionAuthorityTable.AppliesTo] = new OptionSetValue(rule.AppliesTo),
                    [DecisionAuthorityTable.Limit] = rule.Limit,
                };
                if (rule.User != null)
                {
                    row[DecisionAuthorityTable.UserId] = users[rule.User].ToEntityReference();
                }

                if (rule.Column != null)
                {
                    row[DecisionAuthorityTable.Column] = rule.Column;
                }

                return row;
            }

            private static Entity RequirementRow(ScenarioStageRequirement requirement)
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

            private void SetPolicy(string json, string location)
            {
                try
                {
                    if (policyValueId == Guid.Empty)
                    {
                        policyValueId = org.AsSystem.Create(new Entity(EnvironmentVariableValue.EntityName)
                        {
                            [EnvironmentVariableValue.SchemaName] = EnvironmentVariableDefinition.PolicySchemaName,
                            [EnvironmentVariableValue.Value] = json,
                            [EnvironmentVariableValue.EnvironmentVariableDefinitionId] = new EntityReference(
                                EnvironmentVariableDefinition.EntityName, org.Rows(EnvironmentVariableDefinition.EntityName).Single().Id),
                        });
                    }
                    else
                    {
                        org.AsSystem.Update(new Entity(EnvironmentVariableValue.EntityName, policyValueId) { [EnvironmentVariableValue.Value] = json });
                    }
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    throw new ScenarioException(scenario.File, location, "policy", "the policy was refused: " + fault.Detail.Message, fault);
                }
            }

            private EventCost Play(ScenarioEvent scenarioEvent)
            {
                var cost = new EventCost(0, 0);
                IOrganizationService As(string key) => key == ScenarioNames.System ? org.AsSystem : org.ServiceFor(users[key]);

                // Runs one client call and adds what the plugins did to the event's cost.
                T Call<T>(Func<T> call)
                {
                    try
                    {
                        return call();
                    }
                    finally
                    {
                        var operation = org.LastOperation;
                        if (operation != null)
                        {
                            cost = cost.Plus(operation);
                            observe?.Invoke(operation);
                        }
                    }
                }

                void Do(Action call) => Call(() => { call(); return 0; });

                try
                {
                    var service = As(scenarioEvent.By);
                    switch (scenarioEvent)
                    {
                        case ActivityEvent activity:
                            Do(() => LogActivity(service, activity));
                            break;
                        case EditDealEvent edit:
                            Do(() => service.Update(Edit(edit)));
                            break;
                        case MoveStageEvent move:
                            var change = new Entity(Opportunity.EntityName, deals[move.Deal]) { [Opportunity.SalesStage] = new OptionSetValue(move.Stage) };
                            if (move.DecisionMaker != null)
                            {
                                var contact = Call(() => service.Create(new Entity("contact") { ["lastname"] = move.DecisionMaker }));
                                change[Opportunity.ParentContactId] = new EntityReference("contact", contact);
                            }

                            Do(() => service.Update(change));
                            break;
                        case CloseDealEvent close:
                            Do(() => service.Execute(CloseRequest(close)));
                            break;
                        case AssignDealEvent assign:
                            Do(() => service.Execute(new AssignRequest
                            {
                                Target = new EntityReference(Opportunity.EntityName, deals[assign.Deal]),
                                Assignee = users[assign.To].ToEntityReference(),
                            }));
                            break;
                        case ApproveDealEvent approve:
                            Do(() => service.Update(new Entity(Opportunity.EntityName, deals[approve.Deal])
                            {
                                [Opportunity.ApprovalStatus] = new OptionSetValue(Opportunity.ApprovalStatusOption.Approved),
                            }));
                            break;
                        case HelpRequestEvent request:
                            requests[request.Key] = Call(() => service.Create(HelpRequestRow(request)));
                            break;
                        case AnswerEvent answer:
                            if (requests.TryGetValue(answer.Request, out var requestId))
                            {
                                Do(() => service.Update(new Entity(HelpRequest.EntityName, requestId) { [HelpRequest.Response] = answer.Response }));
                            }
                            else
                            {
                                // The request itself was refused (e.g. incomplete): there is nothing to answer.
                                result!.Refusals.Add(new Refusal(answer, $"help request '{answer.Request}' was never filed (it was refused)."));
                            }

                            break;
                        case CoachingEvent coaching:
                            var session = PlannedSessionOf(users[coaching.Rep]);
                            if (session == null)
                            {
                                result!.NoSessionToChange.Add(coaching);
                            }
                            else
                            {
                                foreach (var topic in OpenTopics(session.Value, coaching.ResolveTopics))
                                {
                                    // The manager ticks the topic off in the session's subgrid: one save each.
                                    Do(() => service.Update(new Entity(CoachingTopic.EntityName, topic) { [CoachingTopic.Resolved] = true }));
                                }

                                Do(() => service.Update(SessionChange(session.Value, coaching)));
                            }

                            break;
                        case PolicyEvent policy:
                            SetPolicy(policy.PolicyJson, policy.ToString());
                            break;
                        default:
                            throw new ScenarioException(scenario.File, scenarioEvent.ToString(), "type", "the player cannot play this event type.");
                    }
                }
                catch (FaultException<OrganizationServiceFault> fault) when (IsRefusal(fault))
                {
                    result!.Refusals.Add(new Refusal(scenarioEvent, fault.Detail.Message));
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    throw new ScenarioException(scenario.File, scenarioEvent.ToString(), null, "the org refused it (not a plugin's refusal): " + fault.Detail.Message, fault);
                }

                return cost;
            }

            /// <summary>A plugin refused the operation (InvalidPluginExecutionException), as enforce mode does.</summary>
            private bool IsRefusal(FaultException<OrganizationServiceFault> fault) =>
                fault.Detail.ErrorCode == Faults.PluginExecution
                || org.LastOperation?.StepsRan.Any(run => run.Fault != null && !run.IsAsynchronous) == true;

            private void LogActivity(IOrganizationService service, ActivityEvent activity)
            {
                var row = new Entity(activity.ActivityTable)
                {
                    [ActivityPointer.Subject] = activity.Subject,
                    [ActivityPointer.RegardingObjectId] = new EntityReference(Opportunity.EntityName, deals[activity.Deal]),
                };
                if (activity.Completed)
                {
                    row[ActivityPointer.StateCode] = new OptionSetValue(ActivityPointer.StateCodeOption.Completed);
                    row[ActivityPointer.ActualEnd] = clock.UtcNow;
                }

                service.Create(row);
            }

            private Entity Edit(EditDealEvent edit)
            {
                var change = new Entity(Opportunity.EntityName, deals[edit.Deal]);
                if (edit.Stage.HasValue) change[Opportunity.SalesStage] = new OptionSetValue(edit.Stage.Value);
                if (edit.Value.HasValue) change[Opportunity.EstimatedValue] = new Money(edit.Value.Value);
                if (edit.Discount.HasValue) change[Opportunity.DiscountPercentage] = edit.Discount.Value;
                if (edit.Probability.HasValue) change[Opportunity.CloseProbability] = edit.Probability.Value;
                if (edit.CloseDate.HasValue) change[Opportunity.EstimatedCloseDate] = edit.CloseDate.Value;
                return change;
            }

            private OrganizationRequest CloseRequest(CloseDealEvent close)
            {
                var closeActivity = new Entity(OpportunityClose.EntityName)
                {
                    [OpportunityClose.OpportunityId] = new EntityReference(Opportunity.EntityName, deals[close.Deal]),
                    [ActivityPointer.Subject] = close.Won ? "Won" : "Lost",
                };
                return close.Won
                    ? new WinOpportunityRequest { OpportunityClose = closeActivity, Status = new OptionSetValue(-1) }
                    : new LoseOpportunityRequest { OpportunityClose = closeActivity, Status = new OptionSetValue(-1) };
            }

            private Entity HelpRequestRow(HelpRequestEvent request)
            {
                var row = new Entity(HelpRequest.EntityName)
                {
                    [HelpRequest.PrimaryName] = request.Subject,
                    [HelpRequest.Urgency] = new OptionSetValue(request.Urgent ? HelpRequest.UrgencyOption.Urgent : HelpRequest.UrgencyOption.NonUrgent),
                    [HelpRequest.Problem] = request.Problem ?? request.Subject,
                };
                if (request.Deal != null)
                {
                    row[HelpRequest.RegardingObjectId] = new EntityReference(Opportunity.EntityName, deals[request.Deal]);
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

            private Guid? PlannedSessionOf(User rep)
            {
                var query = new QueryExpression(CoachingSession.EntityName) { ColumnSet = new ColumnSet(CoachingSession.ScheduledStart), TopCount = 1 };
                query.Criteria.AddCondition(CoachingSession.RepId, ConditionOperator.Equal, rep.Id);
                query.Criteria.AddCondition(CoachingSession.SessionStatus, ConditionOperator.Equal, CoachingSession.SessionStatusOption.Planned);
                query.AddOrder(CoachingSession.ScheduledStart, OrderType.Ascending);
                return org.Query(query).Entities.FirstOrDefault()?.Id;
            }

            /// <summary>The oldest <paramref name="count"/> unresolved topics on the session's agenda.</summary>
            private IReadOnlyList<Guid> OpenTopics(Guid session, int count)
            {
                if (count <= 0)
                {
                    return Array.Empty<Guid>();
                }

                var query = new QueryExpression(CoachingTopic.EntityName) { ColumnSet = new ColumnSet(false) };
                query.Criteria.AddCondition(CoachingTopic.CoachingSessionId, ConditionOperator.Equal, session);
                query.Criteria.AddCondition(CoachingTopic.Resolved, ConditionOperator.Equal, false);
                query.AddOrder(CoachingTopic.CreatedOn, OrderType.Ascending);
                return org.Query(query).Entities.Take(count).Select(topic => topic.Id).ToList();
            }

            private static Entity SessionChange(Guid session, CoachingEvent coaching)
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
