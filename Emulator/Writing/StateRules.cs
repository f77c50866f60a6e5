using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Writing;

/// <summary>
/// statecode/statuscode as the platform keeps them: a state alone gets its default status, a status alone
/// brings its state, a pair must match, and states that only a close message may set (opportunity Won and
/// Lost) are refused to Create, Update and SetState.
/// </summary>
internal static class StateRules
{
    private static readonly Dictionary<string, int[]> CloseMessageStates = new(StringComparer.Ordinal)
    {
        ["opportunity"] = new[] { StandardTables.OpportunityState.Won, StandardTables.OpportunityState.Lost },
    };

    /// <summary>Sets statecode and statuscode of a new row (defaults: the first state and its default status).</summary>
    public static void ForCreate(TableDefinition table, IDictionary<string, object?> values, Guid id, bool allowCloseStates)
    {
        if (!table.HasStateModel)
        {
            return;
        }

        var state = Value(values, "statecode");
        var status = Value(values, "statuscode");
        if (state == null && status == null)
        {
            state = table.InitialState!.Value;
        }

        Resolve(table, values, id, state, status, allowCloseStates);
    }

    /// <summary>Completes a change of statecode and/or statuscode of an existing row.</summary>
    public static void ForUpdate(TableDefinition table, IDictionary<string, object?> changes, Guid id, bool allowCloseStates)
    {
        if (!table.HasStateModel)
        {
            return;
        }

        var stateSent = changes.ContainsKey("statecode");
        var statusSent = changes.ContainsKey("statuscode");
        if (!stateSent && !statusSent)
        {
            return;
        }

        if ((stateSent && changes["statecode"] == null) || (statusSent && changes["statuscode"] == null))
        {
            throw Faults.Refused($"statecode and statuscode of table '{table.LogicalName}' cannot be cleared (row {id}).");
        }

        Resolve(table, changes, id, Value(changes, "statecode"), Value(changes, "statuscode"), allowCloseStates);
    }

    public static bool IsCloseMessageState(string table, int state) =>
        CloseMessageStates.TryGetValue(table, out var states) && Array.IndexOf(states, state) >= 0;

    private static void Resolve(TableDefinition table, IDictionary<string, object?> values, Guid id, int? state, int? status, bool allowCloseStates)
    {
        if (status == null)
        {
            var definition = table.FindState(state!.Value) ?? throw Faults.OptionOutOfRange(table.LogicalName, "statecode", state.Value, StateValues(table));
            status = definition.DefaultStatus;
        }

        var statusDefinition = table.FindStatus(status.Value) ?? throw Faults.InvalidStateStatus(table.LogicalName, state, status.Value);
        state ??= statusDefinition.State;
        if (table.FindState(state.Value) == null)
        {
            throw Faults.OptionOutOfRange(table.LogicalName, "statecode", state.Value, StateValues(table));
        }

        if (statusDefinition.State != state.Value)
        {
            throw Faults.InvalidStateStatus(table.LogicalName, state, status.Value);
        }

        if (!allowCloseStates && IsCloseMessageState(table.LogicalName, state.Value))
        {
            throw Faults.UseCloseMessage(table.LogicalName, id, state.Value);
        }

        // A pair already given as these values stays as it is (the core operation's are the store's shared ones).
        if (Value(values, "statecode") != state)
        {
            values["statecode"] = new OptionSetValue(state.Value);
        }

        if (Value(values, "statuscode") != status)
        {
            values["statuscode"] = new OptionSetValue(status.Value);
        }
    }

    private static int? Value(IDictionary<string, object?> values, string column) =>
        values.TryGetValue(column, out var value) && value is OptionSetValue option ? option.Value : null;

    private static IEnumerable<int> StateValues(TableDefinition table)
    {
        foreach (var state in table.States)
        {
            yield return state.Value;
        }
    }
}
