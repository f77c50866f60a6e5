using System;
using System.Collections.Generic;
using System.ServiceModel;
using CrmIndependence.Emulator.Pipeline;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Recording;

/// <summary>
/// One execution of a plug-in: which step, with which context (message, stage, depth, users, the Target
/// as it stood when the step started), what it traced, how many service calls it made and rows it read, how it ended.
/// </summary>
public sealed class StepRun
{
    private readonly List<string> trace = new();

    // Made on the first call and the first all-columns read: many executions make none.
    private Dictionary<string, int>? callsByMessage;
    private List<string>? allColumnsReads;

    internal StepRun(string stepName, Type pluginType, PluginExecutionContext context, object? targetCopy, StepRegistration? step)
    {
        StepName = stepName;
        PluginType = pluginType;
        Context = context;
        Target = targetCopy as Entity;
        TargetReference = targetCopy as EntityReference;
        Step = step;
    }

    /// <summary>The step's name (or the custom API's unique name for a main operation).</summary>
    public string StepName { get; }

    public Type PluginType { get; }

    /// <summary>The registration that ran (null for a custom API's main operation).</summary>
    public StepRegistration? Step { get; }

    /// <summary>The context the plug-in received. Its parameter collections are live: use <see cref="Target"/> for what the step saw.</summary>
    public PluginExecutionContext Context { get; }

    public string Message => Context.MessageName;

    public string Table => Context.PrimaryEntityName;

    public int Stage => Context.Stage;

    public bool IsAsynchronous => Context.Mode == 1;

    public int Depth => Context.Depth;

    public Guid UserId => Context.UserId;

    public Guid InitiatingUserId => Context.InitiatingUserId;

    /// <summary>A copy of the Target entity taken when the step started (null when the Target is not an Entity).</summary>
    public Entity? Target { get; }

    /// <summary>A copy of the Target reference taken when the step started (Delete, Assign, Retrieve…).</summary>
    public EntityReference? TargetReference { get; }

    public IReadOnlyList<string> Trace => trace;

    /// <summary>Every IOrganizationService call the plug-in made (Create, Retrieve, Update, Delete, Execute, RetrieveMultiple, Associate, Disassociate).</summary>
    public int ServiceCalls { get; private set; }

    /// <summary>The service calls by request name (Retrieve, RetrieveMultiple, Update…).</summary>
    public IReadOnlyDictionary<string, int> ServiceCallsByMessage => (IReadOnlyDictionary<string, int>?)callsByMessage ?? NoCalls;

    private static readonly IReadOnlyDictionary<string, int> NoCalls = new Dictionary<string, int>();

    /// <summary>
    /// Rows the organization service handed back to this plug-in: 1 per successful Retrieve, the rows of
    /// each RetrieveMultiple (QueryExpression, QueryByAttribute, FetchXml; for an aggregate, its result rows),
    /// and those of the Retrieve/RetrieveMultiple responses inside an ExecuteMultiple (with ReturnResponses)
    /// or ExecuteTransaction (with ReturnResponses). A failed call returns none.
    /// </summary>
    public int RowsReturned { get; private set; }

    /// <summary>
    /// Rows the emulator's store yielded to answer this plug-in's reads: every row a query scanned or found
    /// through an index (joined and exists-checked tables included, failed queries too) and 1 per Retrieve
    /// that found its row; also for the reads inside its ExecuteMultiple/ExecuteTransaction. It reflects the
    /// emulator's indexes (equality on a root column, joins), not SQL Server's plan.
    /// </summary>
    public int RowsExamined { get; private set; }

    /// <summary>Retrieve/RetrieveMultiple calls of this plug-in that asked for all columns (Solution Checker il-specify-column).</summary>
    public IReadOnlyList<string> AllColumnsReads => (IReadOnlyList<string>?)allColumnsReads ?? Array.Empty<string>();

    /// <summary>The fault this execution ended with, or null when it succeeded.</summary>
    public FaultException<OrganizationServiceFault>? Fault { get; internal set; }

    public bool Succeeded => Fault == null;

    public TimeSpan Duration { get; internal set; }

    internal void AddTrace(string line) => trace.Add(line);

    internal void CountCall(string requestName)
    {
        ServiceCalls++;
        callsByMessage ??= new Dictionary<string, int>(StringComparer.Ordinal);
        callsByMessage[requestName] = callsByMessage.TryGetValue(requestName, out var count) ? count + 1 : 1;
    }

    internal void CountRowsReturned(int rows) => RowsReturned += rows;

    internal void CountRowsExamined(int rows) => RowsExamined += rows;

    internal void RecordAllColumns(string table) => (allColumnsReads ??= new()).Add(table);

    public override string ToString() => $"{StepName} [{Message} of {Table}, stage {Stage}, depth {Depth}{(IsAsynchronous ? ", async" : string.Empty)}]";
}
