using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Emulator.Messages;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Pipeline;
using CrmIndependence.Emulator.Querying;
using CrmIndependence.Emulator.Recording;
using CrmIndependence.Emulator.Security;
using CrmIndependence.Emulator.Storage;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator;

/// <summary>
/// An emulated Dataverse organization: arrange it (users, teams, tables, plug-ins, seeded rows), act in
/// it as a user through <see cref="IOrganizationService"/>, and assert what it holds and what ran.
/// </summary>
/// <example>
/// <code>
/// var clock = new SimulatedClock();
/// var org = Org.Create(clock);
/// var director = org.Users.Add("Dana Director");
/// var manager = org.Users.Add("Max Manager", reportsTo: director);
/// var rep = org.Users.Add("Riley Rep", reportsTo: manager);
/// org.Register&lt;MyPlugin&gt;();
/// var id = org.ServiceFor(rep).Create(new Entity("opportunity") { ["name"] = "Big deal" });
/// var stored = org.Read("opportunity", id);                    // every column, for assertions
/// var runs = org.LastOperation!.StepsRan;                      // which steps ran, with which context
/// </code>
/// </example>
public sealed partial class Org
{
    private readonly OrgEngine engine;

    private Org(IClock clock, OrgOptions options, MetadataCatalog catalog)
    {
        engine = new OrgEngine(catalog, clock, options, options.Name);
        Clock = clock;
        engine.SystemUserId = engine.NewId();

        var rootId = Seeder.Insert(engine, new Entity("businessunit") { ["name"] = options.Name }, engine.SystemUserId);
        var root = new BusinessUnit(rootId, options.Name);
        BusinessUnits = new BusinessUnitDirectory(engine, root);
        Seeder.Insert(
            engine,
            new Entity("systemuser", engine.SystemUserId) { ["lastname"] = "SYSTEM", ["fullname"] = "SYSTEM", ["businessunitid"] = root.ToEntityReference() },
            engine.SystemUserId);
        SystemUser = new User(engine.SystemUserId, "SYSTEM");
        engine.BaseCurrencyId = Seeder.Insert(
            engine,
            new Entity("transactioncurrency")
            {
                ["currencyname"] = "US Dollar",
                ["isocurrencycode"] = "USD",
                ["currencysymbol"] = "$",
                ["exchangerate"] = 1m,
                ["currencyprecision"] = 2,
            },
            engine.SystemUserId);

        Seeder.Insert(engine, new Entity("roletemplate", StandardTables.RoleTemplates.SystemAdministrator) { ["name"] = "System Administrator" }, engine.SystemUserId);

        Users = new UserDirectory(engine, () => BusinessUnits.Root);
        Teams = new TeamDirectory(engine, () => BusinessUnits.Root);
        Security = new OrgSecurity(this, engine);
    }

    /// <summary>A new org with the standard tables, a root business unit, the SYSTEM user and a base currency (USD).</summary>
    public static Org Create(IClock? clock = null, Action<OrgOptions>? configure = null, MetadataCatalog? metadata = null)
    {
        var options = new OrgOptions();
        configure?.Invoke(options);
        return new Org(clock ?? new SimulatedClock(), options, metadata ?? MetadataCatalog.CreateStandard());
    }

    /// <summary>
    /// A new org with security on (<see cref="OrgOptions.Security"/>): the standard roles, and the roles of
    /// <paramref name="rolesFolder"/> (a solution's Roles/) when given. Users then need roles to do anything.
    /// </summary>
    public static Org CreateSecured(IClock? clock = null, string? rolesFolder = null, Action<OrgOptions>? configure = null, MetadataCatalog? metadata = null)
    {
        var org = Create(clock, options =>
        {
            options.Security = true;
            configure?.Invoke(options);
        }, metadata);
        if (rolesFolder != null)
        {
            org.Security.ImportRoles(rolesFolder);
        }

        return org;
    }

    /// <summary>Security roles, who holds them, shares (see the Security section of Emulator/README.md).</summary>
    public OrgSecurity Security { get; }

    /// <summary>The org's tables and relationships; add the solution's own with <c>Metadata.Add(...)</c>.</summary>
    public MetadataCatalog Metadata => engine.Catalog;

    public IClock Clock { get; }

    public OrgOptions Options => engine.Options;

    public Guid OrganizationId => engine.OrganizationId;

    /// <summary>"Now" as the org stores it (UTC, whole seconds).</summary>
    public DateTime Now => engine.Now;

    public UserDirectory Users { get; }

    public TeamDirectory Teams { get; }

    public BusinessUnitDirectory BusinessUnits { get; }

    /// <summary>The SYSTEM user (what CreateOrganizationService(null) runs as).</summary>
    public User SystemUser { get; }

    /// <summary>The messages the org understands; <c>Messages.Register(...)</c> adds one.</summary>
    public MessageRegistry Messages => engine.Messages;

    /// <summary>What plug-ins posted through IServiceEndpointNotificationService, and what each endpoint answers.</summary>
    public Integration.ServiceEndpoints ServiceEndpoints => engine.ServiceEndpoints;

    /// <summary>The steps registered so far.</summary>
    public IReadOnlyList<StepRegistration> Steps => engine.Steps.All;

    // ---- Arrange: plug-ins -------------------------------------------------------------------

    /// <summary>Registers every step and custom API an assembly declares (the model the solution packer uses); all or nothing.</summary>
    public Org Register(PluginAssemblyRegistration assembly) => Register(assembly.Steps.ToList(), assembly.CustomApis.ToList());

    /// <summary>Registers the steps and custom API one plug-in class declares; a class that declares none is refused.</summary>
    public Org Register<TPlugin>()
        where TPlugin : IPlugin
    {
        var declared = RegistrationReader.ReadType(typeof(TPlugin));
        if (declared.Steps.Count == 0 && declared.CustomApi == null)
        {
            throw new InvalidOperationException(
                $"{typeof(TPlugin).FullName} declares no step ([Step]) and no custom API ([CustomApi]), so Register<{typeof(TPlugin).Name}>() has nothing to register. " +
                $"Declare its steps with [Step], or register one with org.RegisterStep<{typeof(TPlugin).Name}>(message, table, stage).");
        }

        return Register(declared);
    }

    public Org Register(PluginTypeRegistration type) =>
        Register(type.Steps, type.CustomApi == null ? Array.Empty<CustomApiRegistration>() : new[] { type.CustomApi });

    /// <summary>Registers one step (for a test that builds its registration by hand).</summary>
    public Org Register(StepRegistration step) => Register(new[] { step }, Array.Empty<CustomApiRegistration>());

    private Org Register(IReadOnlyCollection<StepRegistration> steps, IReadOnlyCollection<CustomApiRegistration> customApis)
    {
        lock (engine.Sync)
        {
            foreach (var step in steps)
            {
                if (step.ImpersonatingUserId is { } user && !engine.Store.Exists("systemuser", user))
                {
                    throw new InvalidOperationException($"The step '{step.Name}' runs as user {user}, whom the org does not have. Add the user with org.Users.Add first.");
                }
            }

            engine.Steps.Add(steps, customApis, engine.Catalog);
        }

        return this;
    }

    // ---- Arrange: data -----------------------------------------------------------------------

    /// <summary>
    /// Stores a row as arranged data: validated, with the system columns filled, but no plug-in runs and
    /// platform-managed columns (createdon, createdby…) and closed states may be given.
    /// </summary>
    public Guid Seed(Entity row, User? createdBy = null) => Seeder.Insert(engine, row, createdBy?.Id);

    /// <summary>Changes a stored row as arranged data (no plug-in runs).</summary>
    public void SeedUpdate(Entity changes, User? modifiedBy = null) => Seeder.Change(engine, changes, modifiedBy?.Id);

    // ---- Act ---------------------------------------------------------------------------------

    /// <summary>The organization service as <paramref name="user"/> (UserId = InitiatingUserId = the user).</summary>
    public IOrganizationService ServiceFor(User user) => ServiceFor(user.Id);

    public IOrganizationService ServiceFor(Guid userId) => new OrganizationService(engine, Caller.User(userId));

    /// <summary>The organization service as SYSTEM.</summary>
    public IOrganizationService AsSystem => ServiceFor(SystemUser);

    /// <summary>
    /// The service of an application user (SYSTEM by default) impersonating <paramref name="impersonating"/>
    /// (CallerId): plug-ins see the impersonated user; created/modifiedonbehalfby record the real caller.
    /// </summary>
    public IOrganizationService Service(User impersonating, User? realCaller = null) =>
        new OrganizationService(engine, Caller.User(impersonating.Id, (realCaller ?? SystemUser).Id));

    /// <summary>Runs the queued asynchronous steps now (needed in <see cref="AsyncMode.Manual"/>).</summary>
    public OperationRecord RunAsyncSteps() => engine.RunAsyncSteps();

    // ---- Assert ------------------------------------------------------------------------------

    /// <summary>The stored row with every column (names and formatted values filled), or null.</summary>
    public Entity? Read(string table, Guid id)
    {
        lock (engine.Sync)
        {
            engine.Catalog.Table(table);
            return engine.ReadAll(table, id);
        }
    }

    /// <summary>Every stored row of a table, in creation order, with every column.</summary>
    public IReadOnlyList<Entity> Rows(string table)
    {
        lock (engine.Sync)
        {
            var definition = engine.Catalog.Table(table);
            return engine.Store.Table(table).Rows()
                .Select(row => engine.Reader.Read(definition, row, (IReadOnlyCollection<string>?)null))
                .ToList();
        }
    }

    /// <summary>Runs a query (QueryExpression, QueryByAttribute, FetchExpression) straight on the store as SYSTEM or the given user: no plug-in runs, nothing is recorded.</summary>
    public EntityCollection Query(QueryBase query, User? asUser = null)
    {
        lock (engine.Sync)
        {
            var user = asUser?.Id ?? SystemUser.Id;
            return new QueryEngine(new StoreQuerySource(engine.Store, user, engine.BusinessUnitOf(user), engine.Now)).RetrieveMultiple(query);
        }
    }

    /// <summary>What the last request from outside the org did (null before the first one).</summary>
    public OperationRecord? LastOperation => engine.LastOperation;

    /// <summary>Asynchronous steps that failed (recorded; what they did before failing stays).</summary>
    public IReadOnlyList<AsyncFailure> AsyncFailures => engine.AsyncFailures;

    /// <summary>Asynchronous steps queued and not yet run.</summary>
    public int PendingAsyncSteps => engine.PendingAsyncSteps;
}
