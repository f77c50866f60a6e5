using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Messages;
using CrmIndependence.Emulator.Writing;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>
/// One message going through the pipeline: its request's name and parameters (a copy the caller cannot see
/// change), the primary table and id, the parameter collections every step shares, the images' source rows, and
/// whether it runs inside a transaction.
/// </summary>
internal sealed class MessageExecution
{
    private OrganizationRequest? request;

    public MessageExecution(OrgEngine engine, MessageHandler handler, string requestName, ParameterCollection inputParameters, Caller caller, int depth)
    {
        Engine = engine;
        Handler = handler;
        RequestName = requestName;
        InputParameters = inputParameters;
        Caller = caller;
        Depth = depth;
        MessageName = handler.MessageName;
    }

    public OrgEngine Engine { get; }

    public MessageHandler Handler { get; }

    /// <summary>The request as an <see cref="OrganizationRequest"/> over the same parameters, with its <see cref="RequestId"/> (made when a handler asks for it).</summary>
    public OrganizationRequest Request => request ??= new OrganizationRequest(RequestName) { Parameters = InputParameters, RequestId = RequestId };

    public Caller Caller { get; }

    public int Depth { get; }

    public string RequestName { get; }

    /// <summary>The message name steps are registered on (Win for WinOpportunity).</summary>
    public string MessageName { get; }

    public string PrimaryEntityName { get; set; } = "none";

    public Guid PrimaryEntityId { get; set; }

    public string SecondaryEntityName { get; set; } = "none";

    public ParameterCollection InputParameters { get; }

    public ParameterCollection OutputParameters { get; } = new();

    private ParameterCollection? sharedVariables;
    private ParameterCollection? preValidationSharedVariables;

    /// <summary>SharedVariables of stages 20, 30 and 40 (of every stage for messages without the PreValidation rule); made when a step first needs them.</summary>
    public ParameterCollection SharedVariables => sharedVariables ??= new();

    /// <summary>SharedVariables of stage 10 for Create, Update, Delete and RetrieveExchangeRate (read later through ParentContext).</summary>
    public ParameterCollection PreValidationSharedVariables => preValidationSharedVariables ??= new();

    public Guid RequestId { get; set; }

    public Guid CorrelationId { get; set; }

    public Guid OperationId { get; set; }

    public DateTime OperationCreatedOn { get; set; }

    public bool IsInTransaction { get; set; }

    /// <summary>Whether stage 10 ran inside a transaction (only when the request came from inside one).</summary>
    public bool PreValidationInTransaction { get; set; }

    /// <summary>This message opened the database transaction (false inside ExecuteTransaction or a plug-in's transaction).</summary>
    public bool OpenedTransaction { get; set; }

    private HashSet<string>? platformAddedColumns;

    /// <summary>Columns the platform added to an Update's Target (they never satisfy filtering attributes); made on first use.</summary>
    public HashSet<string> PlatformAddedColumns => platformAddedColumns ??= new(2, StringComparer.Ordinal);

    /// <summary>Before the next part of a split request: its Target starts without platform additions.</summary>
    public void ForgetPlatformAddedColumns() => platformAddedColumns?.Clear();

    /// <summary>Whether the platform added this column to Target (without making the set when nothing was added).</summary>
    public bool IsPlatformAdded(string column) => platformAddedColumns?.Contains(column) == true;

    /// <summary>The row before the core operation (all columns), for pre-images.</summary>
    public Entity? PreImageSource { get; set; }

    /// <summary>The row after the core operation (all columns), for post-images.</summary>
    public Entity? PostImageSource { get; set; }

    /// <summary>The stage-10 context stages 20 and 40 see as ParentContext (the PreValidation rule).</summary>
    public PluginExecutionContext? PreValidationContext { get; set; }

    /// <summary>A context for stage 30, the ParentContext of messages the platform runs inside this one.</summary>
    public PluginExecutionContext? OperationContext { get; set; }

    /// <summary>Which part of a split request runs now (0 for the first part or an unsplit request).</summary>
    public int SplitPart { get; set; }

    /// <summary>Whatever the handler decided in Prepare and needs in Execute.</summary>
    public object? HandlerState { get; set; }

    /// <summary>The Target when it is an Entity (Create, Update, Upsert).</summary>
    public Entity? TargetEntity => InputParameters.TryGetValue("Target", out var target) ? target as Entity : null;

    /// <summary>The Target when it is an EntityReference (Delete, Retrieve, Assign, Associate).</summary>
    public EntityReference? TargetReference => InputParameters.TryGetValue("Target", out var target) ? target as EntityReference : null;

    public WriteContext WriteContext => new(Caller.UserId, Caller.OnBehalfOfUserId, Engine.Now, Caller.AllowCloseStates);

    /// <summary>A required parameter of the request, or the platform's fault.</summary>
    public T Required<T>(string name)
        where T : class
    {
        if (InputParameters.TryGetValue(name, out var value) && value is T typed)
        {
            return typed;
        }

        if (value != null)
        {
            throw Faults.Refused($"The parameter '{name}' of the {RequestName} request must be a {typeof(T).Name}, not a {value.GetType().Name}.");
        }

        throw Faults.MissingParameter(RequestName, name);
    }

    public T? Optional<T>(string name) => InputParameters.TryGetValue(name, out var value) && value is T typed ? typed : default;
}
