using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Plugins.Registration;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace CrmIndependence.Plugins.Tests.Emulator.Fidelity;

/// <summary>
/// The services a plug-in gets from its service provider beyond the context, tracing and the organization
/// service: the ILogger of Microsoft.Xrm.Sdk.PluginTelemetry and IServiceEndpointNotificationService.
/// </summary>
[TestClass]
public sealed class PluginServicesTests
{
    // Learn: "Write telemetry to your Application Insights resource using ILogger"
    // (https://learn.microsoft.com/power-apps/developer/data-platform/application-insights-ilogger): a plug-in
    // gets ILogger from the service provider; in the emulator its entries land in the execution's trace.
    [TestMethod]
    public void The_logger_writes_each_entry_to_the_trace_with_its_level_event_scope_and_exception()
    {
        var team = new SalesTeam();
        team.Org.Register<LoggingPlugin>();

        team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });

        var trace = team.Org.LastOperation!.StepsRan.Single().Trace;
        CollectionAssert.AreEqual(
            new[]
            {
                "Information: Account Contoso created by rep 1",
                "Warning: [7 SlowQuery] lookup took 12 ms (scope: Create of account)",
                "Error: could not reach the service — InvalidOperationException: timeout",
                "Metric accounts.created = 1 (region=East)",
                "Property deal = Contoso",
                "Activity score succeeded",
                "Debug: literal {braces} and {0}",
            },
            trace.ToArray());
    }

    [TestMethod]
    public void The_logger_writes_nothing_at_level_None()
    {
        var team = new SalesTeam();
        team.Org.Register<SilentLoggingPlugin>();

        team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.IsEmpty(team.Org.LastOperation!.StepsRan.Single().Trace);
    }

    // Learn: "Write a custom Azure-aware plug-in" (https://learn.microsoft.com/power-apps/developer/data-platform/write-custom-azure-aware-plugin):
    // the plug-in posts the execution context to a registered serviceendpoint through
    // IServiceEndpointNotificationService.Execute and traces what a two-way endpoint answers.
    [TestMethod]
    public void A_post_to_a_service_endpoint_is_recorded_with_a_copy_of_the_context_and_the_endpoint_answers()
    {
        var team = new SalesTeam();
        var endpoint = team.Org.Seed(new Entity("serviceendpoint") { ["name"] = "Deals queue", ["contract"] = new OptionSetValue(4) });
        team.Org.ServiceEndpoints.Answer(endpoint, "received");
        team.Org.Register(new StepRegistration(
            Guid.NewGuid(), "post account creates", typeof(PostingPlugin), "Create", "account", PipelineStage.PostOperation, ExecutionMode.Synchronous, 1, Array.Empty<string>(), endpoint.ToString(), Array.Empty<ImageRegistration>()));

        var account = team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });

        var post = team.Org.ServiceEndpoints.Posts.Single();
        Assert.AreEqual(endpoint, post.Endpoint.Id);
        Assert.AreEqual("Deals queue", post.Endpoint.Name);
        Assert.AreEqual("TwoWay", post.Contract);
        Assert.AreEqual("post account creates", post.PostedBy);
        Assert.AreEqual("Create", post.Context.MessageName);
        Assert.AreEqual(account, post.Context.PrimaryEntityId);
        Assert.AreEqual(40, post.Context.Stage);
        Assert.AreEqual(team.Rep.Id, post.Context.InitiatingUserId);
        Assert.AreEqual("Contoso", ((Entity)post.Context.InputParameters["Target"])["name"], "the context as posted, not as the plug-in changed it afterwards");
        Assert.AreEqual("received", post.Response);
        Assert.Contains("Response = received", team.Org.LastOperation!.StepsRan.Single().Trace);
    }

    [TestMethod]
    public void A_one_way_endpoint_answers_nothing()
    {
        var team = new SalesTeam();
        var endpoint = team.Org.Seed(new Entity("serviceendpoint") { ["name"] = "Topic", ["contract"] = new OptionSetValue(5) });
        team.Org.Register(new StepRegistration(
            Guid.NewGuid(), "post", typeof(PostingPlugin), "Create", "account", PipelineStage.PostOperation, ExecutionMode.Synchronous, 1, Array.Empty<string>(), endpoint.ToString(), Array.Empty<ImageRegistration>()));

        team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.IsNull(team.Org.ServiceEndpoints.Posts.Single().Response);
        Assert.AreEqual("Topic", team.Org.ServiceEndpoints.Posts.Single().Contract);
    }

    [TestMethod]
    public void A_post_to_an_endpoint_that_does_not_exist_fails_the_operation_and_nothing_is_saved()
    {
        var team = new SalesTeam();
        var missing = Guid.NewGuid();
        team.Org.Register(new StepRegistration(
            Guid.NewGuid(), "post", typeof(PostingPlugin), "Create", "account", PipelineStage.PostOperation, ExecutionMode.Synchronous, 1, Array.Empty<string>(), missing.ToString(), Array.Empty<ImageRegistration>()));

        var fault = SalesTeam.Fault(Faults.ObjectDoesNotExist, () => team.AsRep.Create(new Entity("account") { ["name"] = "Contoso" }));

        StringAssert.Contains(fault.Message, $"serviceendpoint With Id = {missing} Does Not Exist");
        Assert.IsEmpty(team.Org.Rows("account"));
        Assert.IsEmpty(team.Org.ServiceEndpoints.Posts);
    }

    [Step("Create", "account", PipelineStage.PostOperation)]
    public sealed class LoggingPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var logger = (ILogger)serviceProvider.GetService(typeof(ILogger))!;
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var target = (Entity)context.InputParameters["Target"];
            logger.LogInformation("Account {Name} created by rep {Count}", target["name"], 1);
            using (logger.BeginScope("{0} of {1}", context.MessageName, context.PrimaryEntityName))
            {
                logger.LogWarning(new EventId(7, "SlowQuery"), "lookup took {Milliseconds} ms", 12);
            }

            logger.LogError(new InvalidOperationException("timeout"), "could not reach the service");
            logger.LogMetric("accounts.created", new Dictionary<string, string> { ["region"] = "East" }, 1);
            logger.AddCustomProperty("deal", "Contoso");
            logger.Execute("score", () => { });
            logger.LogDebug("literal {{braces}} and {0}");
        }
    }

    [Step("Create", "account", PipelineStage.PostOperation)]
    public sealed class SilentLoggingPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var logger = (ILogger)serviceProvider.GetService(typeof(ILogger))!;
            Assert.IsFalse(logger.IsEnabled(LogLevel.None));
            Assert.IsTrue(logger.IsEnabled(LogLevel.Trace));
            logger.Log(LogLevel.None, "never written");
        }
    }

    /// <summary>Posts the context to the endpoint whose id is the unsecure configuration, as Microsoft's Azure-aware sample does.</summary>
    public sealed class PostingPlugin : IPlugin
    {
        private readonly Guid endpointId;

        public PostingPlugin(string unsecure)
        {
            endpointId = new Guid(unsecure);
        }

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
            var notifier = (IServiceEndpointNotificationService)serviceProvider.GetService(typeof(IServiceEndpointNotificationService))!;
            var response = notifier.Execute(new EntityReference("serviceendpoint", endpointId), context);
            ((Entity)context.InputParameters["Target"])["name"] = "changed after the post";
            if (!string.IsNullOrEmpty(response))
            {
                tracing.Trace("Response = {0}", response);
            }
        }
    }
}
