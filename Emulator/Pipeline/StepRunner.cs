using System;
using System.Diagnostics;
using System.ServiceModel;
using CrmIndependence.Emulator.Recording;
using CrmIndependence.Emulator.Writing;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>
/// Runs one plug-in execution and records it. An InvalidPluginExecutionException becomes a fault with the
/// plug-in's message; a fault from a nested call passes through unchanged; any other exception becomes
/// the platform's "Unexpected exception from plug-in (Execute)" fault. A plug-in that returns normally
/// after swallowing a failed service call inside the transaction gets the platform's ISV fault.
/// </summary>
internal sealed class StepRunner
{
    private static readonly int DefaultPluginErrorCode = new InvalidPluginExecutionException("default").ErrorCode;
    private readonly OrgEngine engine;

    public StepRunner(OrgEngine engine)
    {
        this.engine = engine;
    }

    public void Run(MessageExecution exec, StepRegistration step, int stage)
    {
        var context = ContextFactory.ForStep(exec, step, stage);
        Invoke(step.Id, step.PluginType, step.Configuration, context, step.Name, step, job: null);
    }


    public void RunMainOperation(MessageExecution exec, CustomApiRegistration api)
    {
        var context = ContextFactory.ForMainOperation(exec, api);
        Invoke(api.Id, api.PluginType, null, context, api.UniqueName, null, job: null);
    }

    /// <summary>Runs a queued asynchronous step; returns its fault instead of throwing (async failures never reach the caller).</summary>
    public AsyncFailure? RunAsync(AsyncJob job)
    {
        try
        {
            Invoke(job.Step.Id, job.Step.PluginType, job.Step.Configuration, job.Context, job.Step.Name, job.Step, job);
            return null;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            return new AsyncFailure(job.Run!, fault);
        }
    }

    private void Invoke(Guid registrationId, Type pluginType, string? configuration, PluginExecutionContext context, string name, StepRegistration? step, AsyncJob? job)
    {
        var target = context.InputParameters.TryGetValue("Target", out var value) ? ValueCopier.Copy(value) : null;
        var run = new StepRun(name, pluginType, context, target, step);
        engine.Record(run);
        if (job != null)
        {
            job.Run = run;
        }

        var journal = engine.Store.Journal;
        var doomedBefore = journal.IsDoomed;
        var watch = Stopwatch.StartNew();
        try
        {
            var plugin = engine.Plugins.For(registrationId, pluginType, configuration, step?.SecureConfiguration);
            plugin.Execute(new PluginServiceProvider(engine, run, context));
        }
        catch (InvalidPluginExecutionException exception)
        {
            var code = exception.ErrorCode == 0 || exception.ErrorCode == DefaultPluginErrorCode ? Faults.PluginExecution : exception.ErrorCode;
            throw Fail(run, Faults.FromPlugin(code, exception.Message, string.Join(Environment.NewLine, run.Trace)));
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            run.Fault = fault;
            throw;
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or StackOverflowException))
        {
            var message = $"Unexpected exception from plug-in (Execute): {pluginType.FullName}: {exception.GetType().FullName}: {exception.Message}";
            throw Fail(run, Faults.FromPlugin(Faults.PluginExecution, message, string.Join(Environment.NewLine, run.Trace) + Environment.NewLine + exception));
        }
        finally
        {
            run.Duration = watch.Elapsed;
        }

        if (!doomedBefore && journal.IsDoomed)
        {
            throw Fail(run, Faults.SwallowedFailure(pluginType.FullName ?? pluginType.Name));
        }
    }

    private static FaultException<OrganizationServiceFault> Fail(StepRun run, FaultException<OrganizationServiceFault> fault)
    {
        run.Fault = fault;
        return fault;
    }
}

/// <summary>An asynchronous step waiting for the operation that queued it to commit.</summary>
internal sealed record AsyncJob(StepRegistration Step, PluginExecutionContext Context)
{
    public StepRun? Run { get; set; }
}
