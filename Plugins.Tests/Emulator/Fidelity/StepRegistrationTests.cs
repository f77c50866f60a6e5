using System;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Plugins.Registration;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Emulator.Fidelity;

/// <summary>
/// One-call step registration for plug-ins without [Step], and the user a step runs as. Learn: "Register a
/// plug-in" (https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in) — message, table,
/// stage, mode, rank, filtering attributes, images, unsecure and secure configuration, "Run in User's Context".
/// </summary>
[TestClass]
public sealed class StepRegistrationTests
{
    [TestMethod]
    public void RegisterStep_registers_a_plugin_type_with_every_setting()
    {
        var team = new SalesTeam();
        team.Org.RegisterStep<ConfiguredPlugin>(
            "Update", "account", PipelineStage.PostOperation,
            rank: 5, filteringAttributes: "name", preImage: "name", postImage: "*", unsecureConfiguration: "public", secureConfiguration: "secret");
        var account = team.Account("Contoso");

        team.AsRep.Update(new Entity("account", account) { ["description"] = "not filtered" });
        Assert.IsEmpty(team.Org.LastOperation!.StepsRan, "filtered on name");

        team.AsRep.Update(new Entity("account", account) { ["name"] = "Contoso Ltd" });
        var run = team.Org.LastOperation!.StepsRan.Single();
        Assert.AreEqual(5, run.Step!.Rank);
        CollectionAssert.AreEqual(new[] { "public / secret", "before: Contoso", "after has description: True" }, run.Trace.ToArray());
    }

    [TestMethod]
    public void RegisterStep_takes_a_plugin_instance_or_a_delegate()
    {
        var team = new SalesTeam();
        var counter = new CountingPlugin();
        team.Org.RegisterStep(counter, "Create", "account", PipelineStage.PostOperation);
        team.Org.RegisterStep(
            provider => ((ITracingService)provider.GetService(typeof(ITracingService))!).Trace("delegate ran"),
            "Create", "account", PipelineStage.PreOperation, name: "trace creates");

        team.AsRep.Create(new Entity("account") { ["name"] = "One" });
        team.AsRep.Create(new Entity("account") { ["name"] = "Two" });

        Assert.AreEqual(2, counter.Executions, "the same instance for every execution");
        var runs = team.Org.LastOperation!.StepsRan;
        Assert.AreEqual("trace creates", runs[0].StepName);
        Assert.Contains("delegate ran", runs[0].Trace);
    }

    [TestMethod]
    public void RegisterStep_refuses_what_Dataverse_would_refuse()
    {
        var team = new SalesTeam();
        Assert.ThrowsExactly<InvalidOperationException>(() => team.Org.RegisterStep<CountingPlugin>("Create", "account", PipelineStage.PreOperation, mode: ExecutionMode.Asynchronous));
        Assert.ThrowsExactly<InvalidOperationException>(() => team.Org.RegisterStep<CountingPlugin>("Create", "account", PipelineStage.PostOperation, preImage: "name"));
        Assert.ThrowsExactly<InvalidOperationException>(() => team.Org.RegisterStep<CountingPlugin>("Create", "cri_nothing", PipelineStage.PostOperation));
        var unknownUser = new CrmIndependence.Emulator.Identity.User(Guid.NewGuid(), "Nobody");
        var fault = Assert.ThrowsExactly<InvalidOperationException>(() => team.Org.RegisterStep<CountingPlugin>("Create", "account", PipelineStage.PostOperation, runAs: unknownUser));
        StringAssert.Contains(fault.Message, "whom the org does not have");
        Assert.IsEmpty(team.Org.Steps);
    }

    [TestMethod]
    public void Register_of_a_class_that_declares_no_step_says_so()
    {
        var team = new SalesTeam();

        var fault = Assert.ThrowsExactly<InvalidOperationException>(() => team.Org.Register<CountingPlugin>());

        StringAssert.Contains(fault.Message, "declares no step ([Step]) and no custom API");
        StringAssert.Contains(fault.Message, "org.RegisterStep<CountingPlugin>(message, table, stage)");
    }

    // Learn, "Impersonate another user" (https://learn.microsoft.com/power-apps/developer/data-platform/impersonate-another-user):
    // a step registered to run in another user's context gets that user as UserId; InitiatingUserId stays the caller.
    [TestMethod]
    public void A_step_declared_to_run_as_SYSTEM_gets_SYSTEM_as_UserId_and_its_service_writes_as_SYSTEM()
    {
        var team = new SalesTeam();
        team.Org.Register<RunsAsSystem>();

        team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });

        var run = team.Org.LastOperation!.StepsRan.Single();
        Assert.AreEqual(team.Org.SystemUser.Id, run.UserId);
        Assert.AreEqual(team.Rep.Id, run.InitiatingUserId);
        var task = team.Org.Rows("task").Single();
        Assert.AreEqual(team.Org.SystemUser.Id, task.GetAttributeValue<EntityReference>("createdby").Id, "the service created for context.UserId is SYSTEM's");
        Assert.AreEqual(StepUser.System, RegistrationReader.ReadType(typeof(RunsAsSystem)).Steps.Single().RunAs);
    }

    [TestMethod]
    public void A_step_registered_in_the_org_can_run_as_any_user_of_it()
    {
        var team = new SalesTeam();
        team.Org.RegisterStep<CreatesFollowUpTask>("Create", "account", PipelineStage.PostOperation, runAs: team.Manager);

        team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });

        var run = team.Org.LastOperation!.StepsRan.Single();
        Assert.AreEqual(team.Manager.Id, run.UserId);
        Assert.AreEqual(team.Rep.Id, run.InitiatingUserId);
        Assert.AreEqual(team.Manager.Id, team.Org.Rows("task").Single().GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [TestMethod]
    public void A_step_registered_to_run_as_SYSTEM_in_the_org_is_the_portable_kind()
    {
        var team = new SalesTeam();
        team.Org.RegisterStep<CreatesFollowUpTask>("Create", "account", PipelineStage.PostOperation, runAs: team.Org.SystemUser, mode: ExecutionMode.Asynchronous);

        team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.AreEqual(StepUser.System, team.Org.Steps.Single().RunAs);
        Assert.AreEqual(team.Org.SystemUser.Id, team.Org.LastOperation!.StepsRan.Single().UserId, "asynchronous steps run as the step's user too");
    }

    public sealed class ConfiguredPlugin : IPlugin
    {
        private readonly string configuration;

        public ConfiguredPlugin(string unsecure, string secure)
        {
            configuration = $"{unsecure} / {secure}";
        }

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
            tracing.Trace(configuration);
            tracing.Trace("before: {0}", context.PreEntityImages["PreImage"]["name"]);
            tracing.Trace("after has description: {0}", context.PostEntityImages["PostImage"].Contains("description"));
        }
    }

    public sealed class CountingPlugin : IPlugin
    {
        public int Executions { get; private set; }

        public void Execute(IServiceProvider serviceProvider) => Executions++;
    }

    [Step("Create", "account", PipelineStage.PostOperation, RunAs = StepUser.System)]
    public sealed class RunsAsSystem : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) => new CreatesFollowUpTask().Execute(serviceProvider);
    }

    public sealed class CreatesFollowUpTask : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(context.UserId);
            service.Create(new Entity("task") { ["subject"] = "Follow up", ["regardingobjectid"] = new EntityReference("account", context.PrimaryEntityId) });
        }
    }
}
