using System;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.TestPlugins;

/// <summary>After an account is created, creates its primary contact as the same user (a nested Create, depth 2).</summary>
[Step("Create", "account", PipelineStage.PostOperation, Rank = 1)]
public sealed class PrimaryContactCreator : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        var service = factory.CreateOrganizationService(context.UserId);
        var contactId = service.Create(new Entity("contact")
        {
            ["lastname"] = "Contact of " + Target(context).GetAttributeValue<string>("name"),
            ["parentcustomerid"] = new EntityReference("account", context.PrimaryEntityId),
        });
        tracing.Trace("created contact {0}", contactId);
    }
}

/// <summary>Refuses an account whose name contains "fail", after <see cref="PrimaryContactCreator"/> ran.</summary>
[Step("Create", "account", PipelineStage.PostOperation, Rank = 2)]
public sealed class AccountNameGuard : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        var name = Target(context).GetAttributeValue<string>("name") ?? string.Empty;
        tracing.Trace("checking {0}", name);
        if (name.Contains("fail", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidPluginExecutionException($"Account names may not contain 'fail' ({name}).");
        }
    }
}

/// <summary>Every created task creates another task: an infinite loop the platform stops beyond depth 8.</summary>
[Step("Create", "task", PipelineStage.PostOperation)]
public sealed class TaskLoop : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
        factory.CreateOrganizationService(null).Create(new Entity("task") { ["subject"] = "loop at depth " + context.Depth });
}

/// <summary>When an opportunity's description changes, creates a follow-up task as SYSTEM (CreateOrganizationService(null)).</summary>
[Step("Update", "opportunity", PipelineStage.PostOperation, FilteringAttributes = "description")]
public sealed class FollowUpTaskAsSystem : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
        factory.CreateOrganizationService(null).Create(new Entity("task")
        {
            ["subject"] = "Follow up",
            ["regardingobjectid"] = new EntityReference("opportunity", context.PrimaryEntityId),
        });
}

/// <summary>Makes three service calls when an opportunity's estimated value changes (a measurable budget).</summary>
[Step("Update", "opportunity", PipelineStage.PostOperation, FilteringAttributes = "estimatedvalue")]
public sealed class ThreeCallsPerUpdate : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        var service = factory.CreateOrganizationService(context.UserId);
        var opportunity = service.Retrieve("opportunity", context.PrimaryEntityId, new ColumnSet("name", "ownerid"));
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject") };
        query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, context.PrimaryEntityId);
        var tasks = service.RetrieveMultiple(query);
        service.Update(new Entity("opportunity", context.PrimaryEntityId) { ["closeprobability"] = 50 });
        tracing.Trace("{0} has {1} task(s)", opportunity.GetAttributeValue<string>("name"), tasks.Entities.Count);
    }
}

/// <summary>Catches a failed nested call inside the transaction and carries on (the platform refuses that).</summary>
[Step("Create", "account", PipelineStage.PostOperation)]
public sealed class SwallowsFailedCall : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        try
        {
            factory.CreateOrganizationService(context.UserId).Retrieve("contact", Guid.NewGuid(), new ColumnSet("fullname"));
        }
        catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
        {
            tracing.Trace("ignored: {0}", fault.Message);
        }
    }
}

/// <summary>The same, at PreValidation, outside the transaction: allowed.</summary>
[Step("Create", "account", PipelineStage.PreValidation)]
public sealed class SwallowsFailedCallOutsideTransaction : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        try
        {
            factory.CreateOrganizationService(context.UserId).Retrieve("contact", Guid.NewGuid(), new ColumnSet("fullname"));
        }
        catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
        {
            tracing.Trace("ignored: {0}", fault.Message);
        }
    }
}

/// <summary>Reads with ColumnSet(true) (recorded: Solution Checker il-specify-column).</summary>
[Step("Update", "contact", PipelineStage.PostOperation, FilteringAttributes = "jobtitle")]
public sealed class ReadsAllColumns : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
        factory.CreateOrganizationService(context.UserId).Retrieve("contact", context.PrimaryEntityId, new ColumnSet(true));
}
