using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Recording;

/// <summary>
/// What one request from outside the org did: every message it ran (nested ones included), every plug-in
/// execution (in order, with its context, trace, service calls and rows read) and how it ended. Asynchronous steps
/// drained automatically after the request are recorded in the same operation.
/// </summary>
public sealed class OperationRecord
{
    // Made on first use: most operations run no plug-in and read no table with all columns.
    private List<StepRun>? steps;
    private ExecutedMessage? request;
    private List<ExecutedMessage>? nested;
    private List<string>? allColumnsReads;

    internal OperationRecord(string requestName, Guid userId)
    {
        RequestName = requestName;
        UserId = userId;
    }

    public string RequestName { get; }

    public Guid UserId { get; }

    /// <summary>Plug-in executions in the order they started.</summary>
    public IReadOnlyList<StepRun> StepsRan => (IReadOnlyList<StepRun>?)steps ?? Array.Empty<StepRun>();

    /// <summary>Every message the operation executed, the request itself first, nested and internal ones after.</summary>
    public IReadOnlyList<ExecutedMessage> Messages =>
        request == null ? Array.Empty<ExecutedMessage>() : nested == null ? new[] { request } : nested.Prepend(request).ToList();

    /// <summary>Every trace line of every plug-in execution, in order.</summary>
    public IReadOnlyList<string> Trace => StepsRan.SelectMany(step => step.Trace).ToList();

    /// <summary>Service calls per plug-in type (full name), summed over its executions.</summary>
    public IReadOnlyDictionary<string, int> ServiceCallsByPlugin =>
        StepsRan.GroupBy(step => step.PluginType.FullName ?? step.PluginType.Name)
            .ToDictionary(group => group.Key, group => group.Sum(step => step.ServiceCalls));

    /// <summary>Service calls of all plug-ins together.</summary>
    public int TotalServiceCalls => StepsRan.Sum(step => step.ServiceCalls);

    /// <summary>Rows handed back to all plug-ins together (<see cref="StepRun.RowsReturned"/>); reads by the caller itself are not counted.</summary>
    public int TotalRowsReturned => StepsRan.Sum(step => step.RowsReturned);

    /// <summary>Rows the store yielded to answer all plug-ins' reads together (<see cref="StepRun.RowsExamined"/>).</summary>
    public int TotalRowsExamined => StepsRan.Sum(step => step.RowsExamined);

    /// <summary>Tables read with all columns (ColumnSet(true)) anywhere in the operation.</summary>
    public IReadOnlyList<string> AllColumnsReads => (IReadOnlyList<string>?)allColumnsReads ?? Array.Empty<string>();

    /// <summary>The fault the request ended with, or null.</summary>
    public FaultException<OrganizationServiceFault>? Fault { get; internal set; }

    public bool Succeeded => Fault == null;

    /// <summary>The executions of one plug-in type.</summary>
    public IEnumerable<StepRun> RunsOf<TPlugin>() => StepsRan.Where(step => step.PluginType == typeof(TPlugin));

    internal void Add(StepRun run) => (steps ??= new()).Add(run);

    // The request's own message apart from the nested ones: an operation that runs one message makes no list.
    internal void Add(ExecutedMessage message)
    {
        if (request == null)
        {
            request = message;
        }
        else
        {
            (nested ??= new()).Add(message);
        }
    }

    internal void RecordAllColumns(string table) => (allColumnsReads ??= new()).Add(table);

    public override string ToString() => $"{RequestName}: {Messages.Count} message(s), {StepsRan.Count} plug-in execution(s){(Succeeded ? string.Empty : ", failed: " + Fault!.Message)}";
}

/// <summary>A message the org executed during an operation.</summary>
public sealed record ExecutedMessage(string MessageName, string Table, Guid Id, int Depth, Guid UserId, bool Internal);

/// <summary>An asynchronous step that threw: recorded, never rolled back.</summary>
public sealed record AsyncFailure(StepRun Run, FaultException<OrganizationServiceFault> Fault);
