using System;
using System.Globalization;
using CrmIndependence.Emulator.Recording;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>The tracing service of one plug-in execution: every line lands in the execution's record.</summary>
internal sealed class TracingService : ITracingService
{
    private readonly StepRun run;

    public TracingService(StepRun run)
    {
        this.run = run;
    }

    public void Trace(string format, params object[] args) =>
        run.AddTrace(args == null || args.Length == 0 ? format ?? string.Empty : string.Format(CultureInfo.InvariantCulture, format, args));
}

/// <summary>
/// The service provider a plug-in's Execute receives: its context, tracing, the organization service
/// factory, the logger (<see cref="Microsoft.Xrm.Sdk.PluginTelemetry.ILogger"/>, written to the trace) and
/// the service endpoint notification service (posts recorded in <see cref="OrgEngine.ServiceEndpoints"/>).
/// </summary>
internal sealed class PluginServiceProvider : IServiceProvider
{
    private readonly OrgEngine engine;
    private readonly StepRun run;
    private readonly PluginExecutionContext context;
    private readonly TracingService tracing;
    private readonly PluginServiceFactory factory;

    public PluginServiceProvider(OrgEngine engine, StepRun run, PluginExecutionContext context)
    {
        this.engine = engine;
        this.run = run;
        this.context = context;
        tracing = new TracingService(run);
        factory = new PluginServiceFactory(engine, context, run);
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IPluginExecutionContext2) || serviceType == typeof(IExecutionContext))
        {
            return context;
        }

        if (serviceType == typeof(ITracingService))
        {
            return tracing;
        }

        if (serviceType == typeof(IOrganizationServiceFactory))
        {
            return factory;
        }

        if (serviceType == typeof(Microsoft.Xrm.Sdk.PluginTelemetry.ILogger))
        {
            return new PluginLogger(run);
        }

        if (serviceType == typeof(IServiceEndpointNotificationService))
        {
            return new ServiceEndpointNotifier(engine, run);
        }

        return null;
    }
}

/// <summary>
/// Creates the services a plug-in calls back through: as the given user, or as SYSTEM for null. Every call
/// is a nested request (Depth + 1, ParentContext = this plug-in's context) counted on the execution's record.
/// </summary>
internal sealed class PluginServiceFactory : IOrganizationServiceFactory
{
    private readonly OrgEngine engine;
    private readonly PluginExecutionContext context;
    private readonly StepRun run;

    public PluginServiceFactory(OrgEngine engine, PluginExecutionContext context, StepRun run)
    {
        this.engine = engine;
        this.context = context;
        this.run = run;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        var user = userId is { } id && id != Guid.Empty ? id : engine.SystemUserId;
        return new OrganizationService(engine, new Caller(user, context.InitiatingUserId, ParentContext: context, CallingStep: run));
    }
}
