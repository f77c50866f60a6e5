using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Emulator.Recording;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Solution.Emulation;
using CrmIndependence.Solution.Source;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Demo.Playing
{
    public sealed partial class ScenarioPlayer
    {
        /// <summary>
        /// One scenario's org being played: builds it (policy, plugin steps, users, accounts, deals, authority and stage
        /// requirements), then plays each event as its user, counting what each event cost. A plugin's refusal is
        /// recorded in the result; any other fault from the org becomes a <see cref="ScenarioException"/> naming the
        /// section entry or event.
        /// </summary>
        private sealed class PlaySession
        {
            private static readonly Lazy<PluginAssemblyRegistration> Registration =
                new(() => RegistrationReader.Read(typeof(PluginBase).Assembly));

            private readonly Scenario scenario;
            private readonly Org org;
            private readonly SimulatedClock clock;
            private readonly Dictionary<string, User> users = new(StringComparer.Ordinal);
            private readonly Dictionary<string, Guid> accounts = new(StringComparer.Ordinal);
            private readonly Dictionary<string, Guid> deals = new(StringComparer.Ordinal);
            private readonly Dictionary<string, Guid> requests = new(StringComparer.Ordinal);
            private Guid policyValueId;
            private readonly List<PolicyChange> policyChanges = new();
            private readonly Action<OperationRecord>? observe;
            private PlayResult? result;

            public PlaySession(Scenario scenario, Org org, SimulatedClock clock, Action<OperationRecord>? observe)
            {
                this.scenario = scenario;
                this.org = org;
                this.clock = clock;
                this.observe = observe;
            }

            // ---- Building the org ------------------------------------------------------------------------------------

            public void Build()
            {
                org.Seed(new Entity(EnvironmentVariableDefinition.EntityName)
                {
                    [EnvironmentVariableDefinition.SchemaName] = EnvironmentVariableDefinition.PolicySchemaName,
                    [EnvironmentVariableDefinition.DefaultValue] = "{\"mode\":\"observe\"}",
                });
                org.Register(Registration.Value);

                // Each person holds the roles the install guide gives them: whoever has reports is a sales manager.
                var managers = scenario.Users.Where(user => user.Manager != null).Select(user => user.Manager!).ToHashSet(StringComparer.Ordinal);
                foreach (var user in scenario.Users)
                {
                    var reportsTo = user.Manager == null ? null : users[user.Manager];
                    users[user.Key] = managers.Contains(user.Key) ? org.AddManager(user.Name, reportsTo) : org.AddRep(user.Name, reportsTo);
                }

                Setup("accounts", scenario.Accounts, account => accounts[account.Key] = SeedAccount(account));
                Setup("opportunities", scenario.Deals, deal => deals[deal.Key] = SeedDeal(deal));

                if (scenario.PolicyJson != null)
                {
                    SetPolicy(scenario.PolicyJson, "policy");
                }

                Setup("authority", scenario.Authority, rule => org.AsSystem.Create(
                    ScenarioRows.AuthorityRow(rule, rule.User == null ? null : users[rule.User])));
                Setup("stageRequirements", scenario.StageRequirements, requirement => org.AsSystem.Create(ScenarioRows.RequirementRow(requirement)));
            }

            /// <summary>Creates a section's entries in file order; the org refusing one stops the scenario, naming the entry.</summary>
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

            private Guid SeedAccount(ScenarioAccount account)
            {
                var owner = users[account.Owner];
                return org.Seed(ScenarioRows.AccountRow(account, owner), owner);
            }

            private Guid SeedDeal(ScenarioDeal deal)
            {
                var owner = users[deal.Owner];
                return org.Seed(ScenarioRows.DealRow(deal, owner, deal.Account == null ? null : accounts[deal.Account]), owner);
            }

            /// <summary>Creates the policy value the first time, updates it after; a refused policy stops the scenario.</summary>
            private void SetPolicy(string json, string location)
            {
                try
                {
                    if (policyValueId == Guid.Empty)
                    {
                        policyValueId = org.AsSystem.Create(ScenarioRows.PolicyValueRow(json, org.Rows(EnvironmentVariableDefinition.EntityName).Single().Id));
                    }
                    else
                    {
                        org.AsSystem.Update(ScenarioRows.PolicyValueChange(policyValueId, json));
                    }

                    var stored = org.Read(EnvironmentVariableValue.EntityName, policyValueId)!;
                    policyChanges.Add(new PolicyChange(
                        stored.GetAttributeValue<DateTime?>("modifiedon") ?? clock.UtcNow, stored.GetAttributeValue<string>(EnvironmentVariableValue.Value) ?? json));
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    throw new ScenarioException(scenario.File, location, "policy", "the policy was refused: " + fault.Detail.Message, fault);
                }
            }

            // ---- Playing the timeline --------------------------------------------------------------------------------

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

                result.PolicyChanges.AddRange(policyChanges);
                return result;
            }

            /// <summary>Plays one event and returns its cost; a plugin's refusal is recorded, any other fault stops the play.</summary>
            private EventCost Play(ScenarioEvent scenarioEvent)
            {
                var calls = new MeteredCalls(org, observe);
                try
                {
                    Dispatch(scenarioEvent, ServiceFor(scenarioEvent.By), calls);
                }
                catch (FaultException<OrganizationServiceFault> fault) when (IsRefusal(fault))
                {
                    result!.Refusals.Add(new Refusal(scenarioEvent, fault.Detail.Message));
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    throw new ScenarioException(scenario.File, scenarioEvent.ToString(), null, "the org refused it (not a plugin's refusal): " + fault.Detail.Message, fault);
                }

                return calls.Cost;
            }

            /// <summary>Makes the event's client calls as <paramref name="service"/>'s user, each through <paramref name="calls"/>.</summary>
            private void Dispatch(ScenarioEvent scenarioEvent, IOrganizationService service, MeteredCalls calls)
            {
                switch (scenarioEvent)
                {
                    case ActivityEvent activity:
                        calls.Do(() => service.Create(ScenarioRows.ActivityRow(activity, deals[activity.Deal], clock.UtcNow)));
                        break;
                    case EditDealEvent edit:
                        calls.Do(() => service.Update(ScenarioRows.DealEdit(edit, deals[edit.Deal])));
                        break;
                    case MoveStageEvent move:
                        var change = ScenarioRows.StageMove(deals[move.Deal], move.Stage);
                        if (move.DecisionMaker != null)
                        {
                            var contact = calls.Call(() => service.Create(ScenarioRows.DecisionMakerRow(move.DecisionMaker)));
                            ScenarioRows.SetDecisionMaker(change, contact);
                        }

                        calls.Do(() => service.Update(change));
                        break;
                    case CloseDealEvent close:
                        calls.Do(() => service.Execute(ScenarioRows.CloseRequest(close, deals[close.Deal])));
                        break;
                    case AssignDealEvent assign:
                        calls.Do(() => service.Execute(ScenarioRows.Assignment(deals[assign.Deal], users[assign.To])));
                        break;
                    case ApproveDealEvent approve:
                        calls.Do(() => service.Update(ScenarioRows.Approval(deals[approve.Deal])));
                        break;
                    case HelpRequestEvent request:
                        requests[request.Key] = calls.Call(() => service.Create(
                            ScenarioRows.HelpRequestRow(request, request.Deal == null ? null : deals[request.Deal])));
                        break;
                    case AnswerEvent answer:
                        if (requests.TryGetValue(answer.Request, out var requestId))
                        {
                            calls.Do(() => service.Update(ScenarioRows.Answer(requestId, answer.Response)));
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
                                calls.Do(() => service.Update(ScenarioRows.TopicResolved(topic)));
                            }

                            calls.Do(() => service.Update(ScenarioRows.SessionChange(session.Value, coaching)));
                        }

                        break;
                    case PolicyEvent policy:
                        // Sent directly, not through calls: a policy change adds nothing to the event's cost.
                        SetPolicy(policy.PolicyJson, policy.ToString());
                        break;
                    default:
                        throw new ScenarioException(scenario.File, scenarioEvent.ToString(), "type", "the player cannot play this event type.");
                }
            }

            private IOrganizationService ServiceFor(string userKey) => userKey == ScenarioNames.System ? org.AsSystem : org.ServiceFor(users[userKey]);

            /// <summary>A plugin refused the operation (InvalidPluginExecutionException), as enforce mode does.</summary>
            private bool IsRefusal(FaultException<OrganizationServiceFault> fault) =>
                fault.Detail.ErrorCode == Faults.PluginExecution
                || org.LastOperation?.StepsRan.Any(run => run.Fault != null && !run.IsAsynchronous) == true;

            // ---- Reading the org (direct queries, not client calls: not metered) --------------------------------------

            private Guid? PlannedSessionOf(User rep)
            {
                var query = new QueryExpression(CoachingSession.EntityName) { ColumnSet = new ColumnSet(CoachingSession.ScheduledStart), TopCount = 1 };
                query.Criteria.AddCondition(CoachingSession.RepId, ConditionOperator.Equal, rep.Id);
                query.Criteria.AddCondition(CoachingSession.SessionStatus, ConditionOperator.Equal, CoachingSession.SessionStatusOption.Planned);
                query.AddOrder(CoachingSession.ScheduledStart, OrderType.Ascending);
                return org.Query(query).Entities.FirstOrDefault()?.Id;
            }

            /// <summary>The oldest <paramref name="count"/> unresolved topics on the session's agenda (equally old: by name).</summary>
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
                // Topics carried over together share a created-on; by name next (a signal's topic name starts with its kind),
                // so which of them the manager ticks off, and what stays open, is the same on every play.
                query.AddOrder(CoachingTopic.PrimaryName, OrderType.Ascending);
                return org.Query(query).Entities.Take(count).Select(topic => topic.Id).ToList();
            }

            /// <summary>
            /// An event's client calls: runs each and adds what the org ran for it (the plugins' service calls, rows and
            /// executions) to the event's <see cref="Cost"/>, and hands the record to the observer.
            /// </summary>
            private sealed class MeteredCalls
            {
                private readonly Org org;
                private readonly Action<OperationRecord>? observe;

                public MeteredCalls(Org org, Action<OperationRecord>? observe)
                {
                    this.org = org;
                    this.observe = observe;
                }

                public EventCost Cost { get; private set; } = new(0, 0);

                public T Call<T>(Func<T> call)
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
                            Cost = Cost.Plus(operation);
                            observe?.Invoke(operation);
                        }
                    }
                }

                public void Do(Action call) => Call(() => { call(); return 0; });
            }
        }
    }
}
