using System;
using System.IO;
using System.Linq;
using System.ServiceModel;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Emulator.Security;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using CrmIndependence.Solution.Emulation;
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

        /// <summary>An org whose security options <paramref name="configure"/> sets on top of the defaults below (e.g. another hierarchy depth).</summary>
        public SalesOrg(string? policyJson, Action<OrgOptions> configure)
            : this(policyJson, hierarchySecurity: true, configure)
        {
        }

        /// <param name="policyJson">The policy's current value, when not the shipped default.</param>
        /// <param name="hierarchySecurity">Whether the admin turned on the manager hierarchy security model (the install guide asks for it).</param>
        /// <param name="configure">Further org options, applied last.</param>
        public SalesOrg(string? policyJson = null, bool hierarchySecurity = true, Action<OrgOptions>? configure = null)
        {
            Clock = new SimulatedClock();
            // Security on, as the install guide sets up Dataverse (SolutionOrg): the solution's roles next to the
            // standard ones, and the manager hierarchy security model turned on.
            Org = SolutionOrg.Create(
                Clock,
                options =>
                {
                    options.HierarchySecurity = hierarchySecurity;
                    configure?.Invoke(options);
                },
                SolutionTestLayout.SourceFolder);
            PolicyDefinitionId = Org.Seed(new Entity(EnvironmentVariableDefinition.EntityName)
            {
                [EnvironmentVariableDefinition.SchemaName] = EnvironmentVariableDefinition.PolicySchemaName,
                [EnvironmentVariableDefinition.DefaultValue] = "{\"mode\":\"observe\"}",
            });
            Org.Register(Registration.Value);

            Director = Manager("Dana Director", reportsTo: null);
            Max = Manager("Max Manager", reportsTo: Director);
            Olive = Manager("Olive Manager", reportsTo: Director);
            Riley = Rep("Riley Rep", reportsTo: Max);
            Sam = Rep("Sam Peer", reportsTo: Max);
            Tom = Rep("Tom Rep", reportsTo: Olive);
            Uma = Rep("Uma Rep", reportsTo: Olive);
            Admin = Org.AddSuiteAdmin("Ada Admin");
            SystemAdministrator = WithRoles(Org.Users.Add("Sid Sysadmin"), new[] { StandardRoles.SystemAdministrator });

            RileysDeal = Deal("Contoso expansion", Riley);
            SamsDeal = Deal("Fabrikam renewal", Sam);
            TomsDeal = Deal("Northwind pilot", Tom);

            if (policyJson != null)
            {
                SetPolicy(policyJson);
            }
        }

        /// <summary>The roles a rep holds: the standard Salesperson and the suite's Rep role (docs/INSTALL.md).</summary>
        public static readonly string[] RepRoles = SuiteUsers.RepRoles;

        /// <summary>The roles a sales manager holds: the standard Sales Manager and the suite's Manager role.</summary>
        public static readonly string[] ManagerRoles = SuiteUsers.ManagerRoles;

        /// <summary>The roles of whoever configures the suite.</summary>
        public static readonly string[] AdminRoles = SuiteUsers.AdminRoles;

        public SimulatedClock Clock { get; }

        /// <summary>Ada Admin: holds the CrmIndependence Admin role only; configures the suite.</summary>
        public User Admin { get; }

        /// <summary>Sid Sysadmin: the org's System Administrator, who may write any row the roles allow; the suite's own guards still hold for him.</summary>
        public User SystemAdministrator { get; }

        /// <summary>A new rep with the rep's roles, reporting to <paramref name="reportsTo"/>.</summary>
        public User Rep(string name, User? reportsTo) => Org.AddRep(name, reportsTo);

        /// <summary>A new sales manager with the manager's roles.</summary>
        public User Manager(string name, User? reportsTo) => Org.AddManager(name, reportsTo);

        private User WithRoles(User user, string[] roles)
        {
            Org.Security.AssignRoles(user, roles);
            return user;
        }

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
