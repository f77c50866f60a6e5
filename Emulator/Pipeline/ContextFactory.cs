using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Writing;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>
/// Builds the context each step receives. SharedVariables follow the platform's rule: for Create, Update,
/// Delete and RetrieveExchangeRate, PreValidation steps have their own collection and stages 20/40 reach it
/// through <c>ParentContext.SharedVariables</c>; for other messages every stage shares one collection.
/// Images hold only the registered columns (all when none are listed).
/// </summary>
internal static class ContextFactory
{
    private static readonly HashSet<string> PreValidationRuleMessages = new(StringComparer.OrdinalIgnoreCase)
    {
        "Create", "Update", "Delete", "RetrieveExchangeRate",
    };

    public static PluginExecutionContext ForStep(MessageExecution exec, StepRegistration step, int stage)
    {
        var separate = PreValidationRuleMessages.Contains(exec.MessageName);
        var shared = separate && stage == 10 ? exec.PreValidationSharedVariables : exec.SharedVariables;
        var context = new PluginExecutionContext(exec.InputParameters, exec.OutputParameters, shared);
        Fill(context, exec, stage, (int)step.Mode);
        RunAs(context, exec, step);
        context.ParentContext = separate && stage != 10 ? PreValidationContext(exec) : exec.Caller.ParentContext;
        context.OwningExtension = new EntityReference("sdkmessageprocessingstep", step.Id) { Name = step.Name };
        AddImages(context, exec, step, stage);
        return context;
    }

    /// <summary>The context of a custom API's main operation (stage 30).</summary>
    public static PluginExecutionContext ForMainOperation(MessageExecution exec, CustomApiRegistration api)
    {
        var context = new PluginExecutionContext(exec.InputParameters, exec.OutputParameters, exec.SharedVariables);
        Fill(context, exec, 30, 0);
        context.ParentContext = exec.Caller.ParentContext;
        context.OwningExtension = new EntityReference("customapi", api.Id) { Name = api.UniqueName };
        return context;
    }

    /// <summary>The stage-30 context of a message: the ParentContext of messages the platform runs inside it.</summary>
    public static PluginExecutionContext OperationContext(MessageExecution exec)
    {
        if (exec.OperationContext == null)
        {
            var context = new PluginExecutionContext(exec.InputParameters, exec.OutputParameters, exec.SharedVariables);
            Fill(context, exec, 30, 0);
            context.ParentContext = PreValidationRuleMessages.Contains(exec.MessageName) ? PreValidationContext(exec) : exec.Caller.ParentContext;
            exec.OperationContext = context;
        }

        return exec.OperationContext;
    }

    /// <summary>A copy for an asynchronous step: nothing shared with the synchronous pipeline, not in a transaction.</summary>
    public static PluginExecutionContext ForAsync(MessageExecution exec, StepRegistration step)
    {
        var live = ForStep(exec, step, 40);
        var copy = live.Snapshot(ValueCopier.Copy(exec.InputParameters), ValueCopier.Copy(exec.OutputParameters), ValueCopier.Copy(exec.SharedVariables));
        copy.IsInTransaction = false;
        copy.Mode = 1;
        return copy;
    }

    private static PluginExecutionContext PreValidationContext(MessageExecution exec)
    {
        if (exec.PreValidationContext == null)
        {
            var context = new PluginExecutionContext(exec.InputParameters, exec.OutputParameters, exec.PreValidationSharedVariables);
            Fill(context, exec, 10, 0);
            context.IsInTransaction = exec.PreValidationInTransaction;
            context.ParentContext = exec.Caller.ParentContext;
            exec.PreValidationContext = context;
        }

        return exec.PreValidationContext;
    }

    private static void Fill(PluginExecutionContext context, MessageExecution exec, int stage, int mode)
    {
        var engine = exec.Engine;
        context.Stage = stage;
        context.Mode = mode;
        context.Depth = exec.Depth;
        context.MessageName = exec.MessageName;
        context.PrimaryEntityName = exec.PrimaryEntityName;
        context.PrimaryEntityId = exec.PrimaryEntityId;
        context.SecondaryEntityName = exec.SecondaryEntityName;
        context.RequestId = exec.RequestId;
        context.UserId = exec.Caller.UserId;
        context.InitiatingUserId = exec.Caller.InitiatingUserId;
        context.BusinessUnitId = engine.BusinessUnitOf(exec.Caller.UserId);
        context.OrganizationId = engine.OrganizationId;
        context.OrganizationName = engine.OrganizationName;
        context.CorrelationId = exec.CorrelationId;
        context.IsInTransaction = mode == 0 && exec.IsInTransaction;
        context.OperationId = exec.OperationId;
        context.OperationCreatedOn = exec.OperationCreatedOn;
        context.UserAzureActiveDirectoryObjectId = engine.AzureObjectIdOf(exec.Caller.UserId);
        context.InitiatingUserAzureActiveDirectoryObjectId = engine.AzureObjectIdOf(exec.Caller.InitiatingUserId);
    }

    /// <summary>
    /// "Run in User's Context": a step registered to run as SYSTEM or as a given user gets that user as UserId
    /// (and their business unit); InitiatingUserId stays the user who started the operation
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/impersonate-another-user).
    /// </summary>
    private static void RunAs(PluginExecutionContext context, MessageExecution exec, StepRegistration step)
    {
        var user = step.ImpersonatingUserId ?? (step.RunAs == StepUser.System ? exec.Engine.SystemUserId : (Guid?)null);
        if (user is not { } id)
        {
            return;
        }

        context.UserId = id;
        context.BusinessUnitId = exec.Engine.BusinessUnitOf(id);
        context.UserAzureActiveDirectoryObjectId = exec.Engine.AzureObjectIdOf(id);
    }

    private static void AddImages(PluginExecutionContext context, MessageExecution exec, StepRegistration step, int stage)
    {
        foreach (var image in step.Images)
        {
            var source = image.Kind == ImageKind.PreImage ? exec.PreImageSource : (stage == 40 ? exec.PostImageSource : null);
            if (source == null)
            {
                continue;
            }

            var images = image.Kind == ImageKind.PreImage ? context.PreEntityImages : context.PostEntityImages;
            images[image.Alias] = Project(source, image.Columns);
        }
    }

    private static Entity Project(Entity source, IReadOnlyList<string> columns)
    {
        var copy = ValueCopier.Copy(source);
        if (columns.Count == 0)
        {
            return copy;
        }

        var keep = new HashSet<string>(columns, StringComparer.Ordinal);
        foreach (var column in copy.Attributes.Keys.Where(column => !keep.Contains(column)).ToList())
        {
            copy.Attributes.Remove(column);
            copy.FormattedValues.Remove(column);
        }

        return copy;
    }
}
