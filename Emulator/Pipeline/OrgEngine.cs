using System;
using System.Collections.Generic;
using System.ServiceModel;
using System.Threading;
using CrmIndependence.Emulator.Messages;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Reading;
using CrmIndependence.Emulator.Recording;
using CrmIndependence.Emulator.Storage;
using CrmIndependence.Emulator.Writing;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>
/// The organization's engine: resolves a request to its handler, runs it through the pipeline at the
/// right depth, records what happened, and drains the asynchronous queue after the outermost request.
/// One request runs at a time (a lock per org); nested requests from plug-ins re-enter on the same thread.
/// </summary>
internal sealed class OrgEngine
{
    private readonly object sync = new();
    private readonly List<AsyncJob> asyncQueue = new();
    private readonly List<AsyncFailure> asyncFailures = new();
    private readonly PipelineRunner runner;
    private readonly IdGenerator ids;
    private OperationRecord? current;

    public OrgEngine(MetadataCatalog catalog, IClock clock, OrgOptions options, string organizationName)
    {
        ids = new IdGenerator(options.IdSeed);
        Catalog = catalog;
        Clock = clock;
        Options = options;
        OrganizationName = organizationName;
        OrganizationId = ids.Next();
        Store = new DataStore(catalog);
        Validator = new ValueValidator(Store);
        Writer = new RecordWriter(Store, Validator, () => BaseCurrencyId, NewId);
        TargetAdditions = new TargetAdditions(Store);
        Reader = new RecordReader(Store);
        Messages = new MessageRegistry();
        Security = new Security.SecurityModel(Store, options, () => SystemUserId);
        runner = new PipelineRunner(this);
    }

    public MetadataCatalog Catalog { get; }

    public IClock Clock { get; }

    public OrgOptions Options { get; }

    public DataStore Store { get; }

    public ValueValidator Validator { get; }

    public RecordWriter Writer { get; }

    /// <summary>What the platform adds to a Create's or an Update's Target before the steps see it.</summary>
    public TargetAdditions TargetAdditions { get; }

    public RecordReader Reader { get; }

    public StepRegistry Steps { get; } = new();

    public PluginInstances Plugins { get; } = new();

    public MessageRegistry Messages { get; }

    /// <summary>Roles, their holders and shares; the access rule (see Security/SecurityModel.cs).</summary>
    public Security.SecurityModel Security { get; }

    /// <summary>What plug-ins posted to service endpoints.</summary>
    public Integration.ServiceEndpoints ServiceEndpoints { get; } = new();

    public StepRunner StepRunner => runner.Steps;

    public Guid OrganizationId { get; }

    public string OrganizationName { get; }

    public Guid SystemUserId { get; set; }

    public Guid? BaseCurrencyId { get; set; }

    public OperationRecord? LastOperation { get; private set; }

    public IReadOnlyList<AsyncFailure> AsyncFailures => asyncFailures;

    public int PendingAsyncSteps => asyncQueue.Count;

    /// <summary>The clock's time in UTC, without milliseconds (what the platform stores).</summary>
    public DateTime Now
    {
        get
        {
            var now = Clock.UtcNow.ToUniversalTime();
            return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        }
    }

    public object Sync => sync;

    public Guid NewId() => ids.Next();

    /// <summary>Executes a request from outside the org or from a plug-in's service.</summary>
    public OrganizationResponse Execute(OrganizationRequest request, Caller caller)
    {
        if (request == null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        lock (sync)
        {
            var outermost = current == null;
            if (outermost)
            {
                current = new OperationRecord(request.RequestName ?? "(unnamed)", caller.UserId);
            }

            try
            {
                var response = ExecuteMessage(request, caller);
                if (outermost && Options.AsyncMode == AsyncMode.Automatic)
                {
                    DrainAsyncQueue();
                }

                return response;
            }
            catch (FaultException<OrganizationServiceFault> fault) when (outermost)
            {
                current!.Fault = fault;

                // What committed before the failure (e.g. writes of a PreValidation plug-in) still queues its asynchronous steps.
                if (Options.AsyncMode == AsyncMode.Automatic)
                {
                    DrainAsyncQueue();
                }

                throw;
            }
            finally
            {
                if (outermost)
                {
                    LastOperation = current;
                    current = null;
                }
            }
        }
    }

    /// <summary>
    /// A message the platform runs inside another one (same depth; ParentContext = the parent's stage-30 context).
    /// <paramref name="callersOwnRequest"/>: a request of the caller's batch (ExecuteMultiple, ExecuteTransaction),
    /// whose reads count on the calling plug-in's execution like its direct calls; other children count on none.
    /// Security: a request of the caller's batch, or one marked <paramref name="checkAsCaller"/> (Upsert's Create or
    /// Update), is checked as the caller's own; other children were covered by the parent's check.
    /// </summary>
    public OrganizationResponse ExecuteChild(MessageExecution parent, OrganizationRequest request, bool allowCloseStates = false, bool callersOwnRequest = false, bool checkAsCaller = false)
    {
        var caller = parent.Caller with
        {
            ParentContext = ContextFactory.OperationContext(parent),
            CallingStep = callersOwnRequest ? parent.Caller.CallingStep : null,
            IsInternal = true,
            AllowCloseStates = allowCloseStates,
            SecurityChecked = !(callersOwnRequest || checkAsCaller),
        };
        return ExecuteMessage(request, caller);
    }

    /// <summary>Runs the queued asynchronous steps (and those they queue) now; returns the operation record.</summary>
    public OperationRecord RunAsyncSteps()
    {
        lock (sync)
        {
            current = new OperationRecord("RunAsyncSteps", SystemUserId);
            try
            {
                DrainAsyncQueue();
                return current;
            }
            finally
            {
                LastOperation = current;
                current = null;
            }
        }
    }

    public void Enqueue(AsyncJob job)
    {
        asyncQueue.Add(job);
        Store.Journal.Record(() => asyncQueue.Remove(job));
    }

    public void Record(StepRun run) => current?.Add(run);

    public void Record(MessageExecution exec) =>
        current?.Add(new ExecutedMessage(exec.MessageName, exec.PrimaryEntityName, exec.PrimaryEntityId, exec.Depth, exec.Caller.UserId, exec.Caller.IsInternal));

    public void RecordAllColumns(string table, Caller caller)
    {
        current?.RecordAllColumns(table);
        caller.CallingStep?.RecordAllColumns(table);
    }

    /// <summary>A row with every column, names and formatted values (for images and assertions); null when absent.</summary>
    public Entity? ReadAll(string table, Guid id)
    {
        var definition = Catalog.FindTable(table);
        var row = definition == null ? null : Store.Find(table, id);
        return row == null ? null : Reader.Read(definition!, row, (IReadOnlyCollection<string>?)null);
    }

    public Guid BusinessUnitOf(Guid userId) =>
        (Store.Find("systemuser", userId)?["businessunitid"] as EntityReference)?.Id ?? Guid.Empty;

    public Guid AzureObjectIdOf(Guid userId) =>
        Store.Find("systemuser", userId)?["azureactivedirectoryobjectid"] is Guid id ? id : Guid.Empty;

    private OrganizationResponse ExecuteMessage(OrganizationRequest request, Caller caller)
    {
        var handler = Messages.Find(request.RequestName) ?? CustomApiHandlerFor(request.RequestName) ?? throw Faults.UnknownMessage(request.RequestName);
        var parent = caller.ParentContext;
        var depth = parent == null ? 1 : parent.Depth + (caller.IsInternal ? 0 : 1);
        if (depth > Options.MaxDepth)
        {
            throw Faults.InfiniteLoopDetected(depth, request.RequestName ?? "request", (request.Parameters.TryGetValue("Target", out var target) ? (target as Entity)?.LogicalName ?? (target as EntityReference)?.LogicalName : null));
        }

        var room = request.Parameters.TryGetValue("Target", out var given) && given is Entity entity ? handler.TargetRoom(this, entity) : 0;
        var parameters = ValueCopier.Copy(request.Parameters, room);
        var exec = new MessageExecution(this, handler, request.RequestName!, parameters, caller, depth)
        {
            RequestId = request.RequestId ?? Guid.NewGuid(),
            CorrelationId = parent?.CorrelationId ?? Guid.NewGuid(),
            OperationId = parent?.OperationId ?? Guid.NewGuid(),
            OperationCreatedOn = parent?.OperationCreatedOn ?? Now,
        };
        if (parameters.TryGetValue("tag", out var tag) && tag != null)
        {
            // The optional "tag" parameter reaches every step as a shared variable.
            exec.SharedVariables["tag"] = tag;
            exec.PreValidationSharedVariables["tag"] = tag;
        }

        var insideTransaction = Store.Journal.IsActive;
        try
        {
            return runner.Run(exec);
        }
        catch (FaultException<OrganizationServiceFault>) when (insideTransaction)
        {
            Store.Journal.MarkDoomed();
            throw;
        }
    }

    private MessageHandler? CustomApiHandlerFor(string? requestName) =>
        requestName != null && Steps.FindCustomApi(requestName) is { } api ? new CustomApiHandler(api) : null;

    private void DrainAsyncQueue()
    {
        while (asyncQueue.Count > 0)
        {
            var job = asyncQueue[0];
            asyncQueue.RemoveAt(0);
            if (StepRunner.RunAsync(job) is { } failure)
            {
                asyncFailures.Add(failure);
            }
        }
    }
}

/// <summary>Sequential ids per org (creation order sorts by id), unique across orgs unless two share a seed.</summary>
internal sealed class IdGenerator
{
    private readonly byte[] tail;
    private int counter;

    public IdGenerator(int? seed = null)
    {
        tail = new byte[16];
        if (seed is { } fixedSeed)
        {
            new Random(fixedSeed).NextBytes(tail);
        }
        else
        {
            tail = Guid.NewGuid().ToByteArray();
        }
    }

    public Guid Next()
    {
        var next = Interlocked.Increment(ref counter);
        return new Guid(next, BitConverter.ToInt16(tail, 4), BitConverter.ToInt16(tail, 6), tail[8], tail[9], tail[10], tail[11], tail[12], tail[13], tail[14], tail[15]);
    }
}
