using System.Linq;
using CrmIndependence.Emulator.Storage;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>
/// The event pipeline of one message: PreValidation (10) outside the transaction unless the request came
/// from inside one; then, inside the transaction, PreOperation (20), the core operation (30) and
/// PostOperation (40); asynchronous steps are queued and run after the outermost operation commits. A
/// synchronous failure undoes everything the message did, nested writes included. A request the platform
/// splits (the split Update) runs PreValidation once, then stages 20, 30 and 40 once per part.
/// With security on, the caller's privileges are checked after PreValidation, before PreOperation (per part).
/// </summary>
internal sealed class PipelineRunner
{
    private const int NoActiveTransactionCode = unchecked((int)0x80040251);
    private readonly OrgEngine engine;
    private readonly StepRunner steps;

    public PipelineRunner(OrgEngine engine)
    {
        this.engine = engine;
        steps = new StepRunner(engine);
    }

    public StepRunner Steps => steps;

    public OrganizationResponse Run(MessageExecution exec)
    {
        var handler = exec.Handler;
        var journal = engine.Store.Journal;
        handler.Prepare(exec);
        engine.Record(exec);

        handler.BeforePreValidation(exec);
        exec.IsInTransaction = journal.IsActive;
        exec.PreValidationInTransaction = journal.IsActive;
        exec.OpenedTransaction = handler.IsTransactional && !journal.IsActive;
        TakePreImage(exec);
        RunStage(exec, 10);

        Savepoint? savepoint = handler.IsTransactional ? journal.Begin() : null;
        try
        {
            exec.IsInTransaction = journal.IsActive;
            if (handler.SplitTargets(exec) is { } parts)
            {
                for (var part = 0; part < parts.Count; part++)
                {
                    exec.SplitPart = part;
                    exec.InputParameters["Target"] = parts[part];
                    exec.ForgetPlatformAddedColumns();
                    RunCoreOperation(exec);
                }
            }
            else
            {
                RunCoreOperation(exec);
            }

            if (savepoint is { } taken)
            {
                if (taken.IsOutermost && journal.IsDoomed)
                {
                    throw Faults.Create(
                        NoActiveTransactionCode,
                        "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.");
                }

                journal.Complete(taken);
            }
        }
        catch
        {
            if (savepoint is { } taken)
            {
                journal.Rollback(taken);
            }

            throw;
        }

        return handler.Respond(exec);
    }

    /// <summary>Stages 20, 30 and 40 with their images, and the asynchronous steps they queue.</summary>
    private void RunCoreOperation(MessageExecution exec)
    {
        var handler = exec.Handler;
        TakePreImage(exec);
        handler.BeforePreOperation(exec);
        Security.RequestAuthorizer.Authorize(exec);
        RunStage(exec, 20);
        handler.Execute(exec);
        TakePostImage(exec);
        RunStage(exec, 40);
        QueueAsyncSteps(exec);
    }

    private void RunStage(MessageExecution exec, int stage)
    {
        foreach (var step in engine.Steps.For(exec.MessageName, exec.PrimaryEntityName, stage, ExecutionMode.Synchronous))
        {
            if (PassesFilter(exec, step))
            {
                steps.Run(exec, step, stage);
            }
        }
    }

    /// <summary>
    /// Filtering attributes apply to Update only and are compared with the Target as it stands now (a
    /// column an earlier step added counts; a column the platform added does not).
    /// </summary>
    private static bool PassesFilter(MessageExecution exec, StepRegistration step)
    {
        if (step.FilteringAttributes.Count == 0 || !string.Equals(exec.MessageName, "Update", System.StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var target = exec.TargetEntity;
        return target != null && step.FilteringAttributes.Any(column => target.Contains(column) && !exec.IsPlatformAdded(column));
    }

    private void QueueAsyncSteps(MessageExecution exec)
    {
        foreach (var step in engine.Steps.For(exec.MessageName, exec.PrimaryEntityName, 40, ExecutionMode.Asynchronous))
        {
            if (PassesFilter(exec, step))
            {
                engine.Enqueue(new AsyncJob(step, ContextFactory.ForAsync(exec, step)));
            }
        }
    }

    private void TakePreImage(MessageExecution exec)
    {
        if (exec.PrimaryEntityId != System.Guid.Empty && engine.Steps.NeedsImage(exec.MessageName, exec.PrimaryEntityName, ImageKind.PreImage))
        {
            exec.PreImageSource = engine.ReadAll(exec.PrimaryEntityName, exec.PrimaryEntityId);
        }
    }

    private void TakePostImage(MessageExecution exec)
    {
        if (exec.PrimaryEntityId != System.Guid.Empty && engine.Steps.NeedsImage(exec.MessageName, exec.PrimaryEntityName, ImageKind.PostImage))
        {
            exec.PostImageSource = engine.ReadAll(exec.PrimaryEntityName, exec.PrimaryEntityId);
        }
    }
}
