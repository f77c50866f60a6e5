using System;
using System.Linq;
using System.ServiceModel;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using CrmIndependence.Solution.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Product
{
    /// <summary>
    /// A real-looking sales org for the product's tests: the solution's tables (read from <c>Solution/</c>), every
    /// step the plugin assembly declares, the <c>cri_policy</c> variable as the solution ships it, and a sales
    /// force — Dana Director; Max Manager (Riley Rep, Sam Peer) and Olive Manager (Tom Rep, Uma Rep) — with an
    /// account and an opportunity owned by each rep.
    /// </summary>
    internal sealed class SalesOrg
    {
        private static readonly Lazy<PluginAssemblyRegistration> Registration =
            new Lazy<PluginAssemblyRegistration>(() => RegistrationReader.Read(typeof(PluginBase).Assembly));

        public SalesOrg(string? policyJson = null)
            : this(policyJson, secured: null)
        {
        }

        /// <summary>
        /// With <paramref name="secured"/>, Dataverse security is on (the options it sets: hierarchy security and its
        /// depth) and every person holds the roles they would: the reps <i>Salesperson</i> and <i>CrmIndependence Rep</i>,
        /// the managers and the director <i>Sales Manager</i> and <i>CrmIndependence Manager</i> (the solution's Roles/).
        /// </summary>
        public SalesOrg(string? policyJson, Action<OrgOptions>? secured)
        {
            Clock = new SimulatedClock();
            var metadata = SolutionTables.CreateCatalog(SolutionTestLayout.SourceFolder);
            Org = secured == null
                ? Org.Create(Clock, metadata: metadata)
                : Org.CreateSecured(Clock, System.IO.Path.Combine(SolutionTestLayout.SourceFolder, "Roles"), secured, metadata);
            PolicyDefinitionId = Org.Seed(new Entity(EnvironmentVariableDefinition.EntityName)
            {
                [EnvironmentVariableDefinition.SchemaName] = EnvironmentVariableDefinition.PolicySchemaName,
                [EnvironmentVariableDefinition.DefaultValue] = "{\"mode\":\"observe\"}",
            });
            Org.Register(Registration.Value);

            User Person(string name, User? manager, params string[] roles) =>
                secured == null ? Org.Users.Add(name, reportsTo: manager) : Org.Security.AddUser(name, manager: manager, roles: roles);
            var managerRoles = new[] { "Sales Manager", "CrmIndependence Manager" };
            var repRoles = new[] { "Salesperson", "CrmIndependence Rep" };
            Director = Person("Dana Director", null, managerRoles);
            Max = Person("Max Manager", Director, managerRoles);
            Olive = Person("Olive Manager", Director, managerRoles);
            Riley = Person("Riley Rep", Max, repRoles);
            Sam = Person("Sam Peer", Max, repRoles);
            Tom = Person("Tom Rep", Olive, repRoles);
            Uma = Person("Uma Rep", Olive, repRoles);

            RileysDeal = Deal("Contoso expansion", Riley);
            SamsDeal = Deal("Fabrikam renewal", Sam);
            TomsDeal = Deal("Northwind pilot", Tom);

            if (policyJson != null)
            {
                SetPolicy(policyJson);
            }
        }

        public SimulatedClock Clock { get; }

        public Org Org { get; }

        public Guid PolicyDefinitionId { get; }

        public User Director { get; }

        public User Max { get; }

        public User Olive { get; }

        public User Riley { get; }

        public User Sam { get; }

        public User Tom { get; }

        public User Uma { get; }

        public Guid RileysDeal { get; }

        public Guid SamsDeal { get; }

        public Guid TomsDeal { get; }

        public IOrganizationService As(User user) => Org.ServiceFor(user);

        /// <summary>An open opportunity owned by <paramref name="owner"/>, at Qualify, for a new account.</summary>
        public Guid Deal(string name, User owner, decimal value = 50_000m)
        {
            var account = Org.Seed(new Entity("account") { ["name"] = name + " account", ["ownerid"] = owner.ToEntityReference() }, owner);
            return Org.Seed(
                new Entity(Opportunity.EntityName)
                {
                    [Opportunity.PrimaryName] = name,
                    [Opportunity.EstimatedValue] = new Money(value),
                    [Opportunity.SalesStage] = new OptionSetValue(Opportunity.SalesStageOption.Qualify),
                    [Opportunity.ParentAccountId] = new EntityReference("account", account),
                    [Opportunity.OwnerId] = owner.ToEntityReference(),
                },
                owner);
        }

        /// <summary>Sets the policy the way an admin does: a value row for the cri_policy variable, as SYSTEM.</summary>
        public void SetPolicy(string json)
        {
            var existing = Org.Rows(EnvironmentVariableValue.EntityName).FirstOrDefault();
            if (existing == null)
            {
                Org.AsSystem.Create(new Entity(EnvironmentVariableValue.EntityName)
                {
                    [EnvironmentVariableValue.SchemaName] = EnvironmentVariableDefinition.PolicySchemaName,
                    [EnvironmentVariableValue.Value] = json,
                    [EnvironmentVariableValue.EnvironmentVariableDefinitionId] = new EntityReference(EnvironmentVariableDefinition.EntityName, PolicyDefinitionId),
                });
            }
            else
            {
                Org.AsSystem.Update(new Entity(EnvironmentVariableValue.EntityName, existing.Id) { [EnvironmentVariableValue.Value] = json });
            }
        }

        public void Enforce() => SetPolicy("{\"mode\":\"enforce\"}");

        public Entity Read(string table, Guid id) =>
            Org.Read(table, id) ?? throw new AssertFailedException($"The org holds no {table} with id {id}.");

        /// <summary>The dependency signals recorded, oldest first.</summary>
        public Entity[] Signals() =>
            Org.Rows(DependencySignal.EntityName).OrderBy(row => row.GetAttributeValue<DateTime>(DependencySignal.OccurredOn)).ToArray();

        public Entity[] SignalsOf(int kind) =>
            Signals().Where(signal => signal.GetAttributeValue<OptionSetValue>(DependencySignal.Kind)?.Value == kind).ToArray();

        /// <summary>Runs <paramref name="action"/>, which must be refused; returns the message the user sees.</summary>
        public static string Refusal(Action action)
        {
            try
            {
                action();
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                return fault.Detail.Message;
            }

            throw new AssertFailedException("Expected the operation to be refused, but it succeeded.");
        }

        public EntityCollection Query(QueryExpression query) => Org.Query(query);
    }
}
