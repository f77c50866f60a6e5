using System;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Emulator.TestPlugins;

/// <summary>A bug: dereferences a column that was not sent.</summary>
[Step("Update", "account", PipelineStage.PreOperation, FilteringAttributes = "accountnumber")]
public sealed class NullReferenceBug : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        string? missing = Target(context).GetAttributeValue<string>("name");
        tracing.Trace("name has {0} characters", missing!.Length);
    }
}

/// <summary>Refuses with its own error code.</summary>
[Step("Update", "account", PipelineStage.PreValidation, FilteringAttributes = "telephone1")]
public sealed class RefusesWithCode : TestPlugin
{
    public const int Code = 0x0BAD;

    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        tracing.Trace("refusing");
        throw new InvalidPluginExecutionException(OperationStatus.Failed, Code, "Telephone numbers are managed by the switchboard.");
    }
}

/// <summary>An asynchronous step that creates a task and then fails: the task and the account stay.</summary>
[Step("Create", "account", PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous)]
public sealed class AsyncFailsAfterWriting : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        factory.CreateOrganizationService(null).Create(new Entity("task")
        {
            ["subject"] = "written by an async step",
            ["regardingobjectid"] = new EntityReference("account", context.PrimaryEntityId),
        });
        throw new InvalidPluginExecutionException("The async step failed after writing.");
    }
}

/// <summary>An asynchronous step that reads the committed account.</summary>
[Step("Create", "account", PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous, PostImage = "name,createdon")]
public sealed class AsyncReadsCommittedRow : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        var account = factory.CreateOrganizationService(null).Retrieve("account", context.PrimaryEntityId, new Microsoft.Xrm.Sdk.Query.ColumnSet("name"));
        tracing.Trace("read {0}; in transaction {1}", account.GetAttributeValue<string>("name"), context.IsInTransaction);
    }
}
