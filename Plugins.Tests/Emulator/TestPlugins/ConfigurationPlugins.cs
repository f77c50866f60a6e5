using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Emulator.TestPlugins;

/// <summary>Receives its step's unsecure configuration in the (unsecure, secure) constructor.</summary>
[Step("Create", "phonecall", PipelineStage.PreOperation, Configuration = "{\"mode\":\"observe\"}")]
public sealed class ConfiguredPlugin : TestPlugin
{
    private readonly string? unsecure;
    private readonly string? secure;

    public ConfiguredPlugin(string? unsecure, string? secure)
    {
        this.unsecure = unsecure;
        this.secure = secure;
    }

    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
        tracing.Trace("unsecure={0} secure={1}", unsecure ?? "(null)", secure ?? "(null)");
}

/// <summary>Keeps state in an instance field (a bug the platform's instance reuse exposes).</summary>
[Step("Create", "email", PipelineStage.PreOperation)]
public sealed class StatefulPlugin : TestPlugin
{
    private int executions;

    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        executions++;
        tracing.Trace("execution {0} of this instance", executions);
    }
}

/// <summary>A custom API: echoes its Text parameter and its length.</summary>
[CustomApi("cri_Echo")]
public sealed class EchoApi : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        var text = (string)context.InputParameters["Text"];
        context.OutputParameters["Echo"] = text;
        context.OutputParameters["Length"] = text.Length;
        tracing.Trace("echo at stage {0}", context.Stage);
    }
}

/// <summary>A PreOperation step on the custom API's message.</summary>
[Step("cri_Echo", "none", PipelineStage.PreOperation)]
public sealed class EchoPreOperation : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
        context.InputParameters["Text"] = ((string)context.InputParameters["Text"]).ToUpperInvariant();
}

/// <summary>A custom API bound to opportunity.</summary>
[CustomApi("cri_Describe", BoundTable = "opportunity")]
public sealed class DescribeOpportunityApi : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
        context.OutputParameters["Table"] = context.PrimaryEntityName + ":" + ((EntityReference)context.InputParameters["Target"]).Id;
}
