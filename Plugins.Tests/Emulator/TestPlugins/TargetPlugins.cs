using System;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Emulator.TestPlugins;

/// <summary>Base for test plug-ins: the context, the tracing service and a service as the context's user.</summary>
public abstract class TestPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        Run(context, tracing, factory);
    }

    protected abstract void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory);

    protected static Entity Target(IPluginExecutionContext context) => (Entity)context.InputParameters["Target"];
}

/// <summary>Edits the Target at PreValidation and PreOperation of account Create: both edits are saved.</summary>
[Step("Create", "account", PipelineStage.PreValidation)]
[Step("Create", "account", PipelineStage.PreOperation)]
public sealed class AccountTargetEditor : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        var column = context.Stage == 10 ? "description" : "accountnumber";
        Target(context)[column] = "set at stage " + context.Stage;
    }
}

/// <summary>Edits the Target at PreOperation of account Update.</summary>
[Step("Update", "account", PipelineStage.PreOperation, FilteringAttributes = "name")]
public sealed class AccountUpdateTargetEditor : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
        Target(context)["telephone1"] = "555-0100";
}

/// <summary>Rank 1 adds description to a contact Update's Target; a later step filters on description.</summary>
[Step("Update", "contact", PipelineStage.PreOperation, FilteringAttributes = "jobtitle", Rank = 1)]
public sealed class ContactDescriptionAdder : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
        Target(context)["description"] = "added by " + nameof(ContactDescriptionAdder);
}

[Step("Update", "contact", PipelineStage.PreOperation, FilteringAttributes = "description", Rank = 2)]
public sealed class ContactDescriptionFilter : ObserverPlugin
{
}

/// <summary>Filters on a column the platform adds itself (modifiedon): never satisfied by the platform's addition.</summary>
[Step("Update", "contact", PipelineStage.PostOperation, FilteringAttributes = "modifiedon")]
public sealed class ContactModifiedOnFilter : ObserverPlugin
{
}

/// <summary>Images of an opportunity Update: pre-image (name, estimatedvalue) and post-image (name, description, modifiedon).</summary>
[Step("Update", "opportunity", PipelineStage.PostOperation, FilteringAttributes = "name,description", PreImage = "name,estimatedvalue", PostImage = "name,description,modifiedon", PostImageAlias = "after", PreImageAlias = "before")]
public sealed class OpportunityImages : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
        tracing.Trace("images {0}/{1}", context.PreEntityImages.Count, context.PostEntityImages.Count);
}

/// <summary>PreOperation of an opportunity Update: sets description (the pre-image must not show it) and has an all-columns pre-image.</summary>
[Step("Update", "opportunity", PipelineStage.PreOperation, FilteringAttributes = "name", PreImage = "*", Rank = 1)]
public sealed class OpportunityDescriptionSetter : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
        Target(context)["description"] = "described at stage 20";
}

/// <summary>Post-image of a Create: the committed row with its system columns.</summary>
[Step("Create", "account", PipelineStage.PostOperation, PostImage = "*")]
public sealed class AccountCreatePostImage : ObserverPlugin
{
}

/// <summary>Reads the Target strictly: the indexer throws for a column that was not sent.</summary>
[Step("Update", "contact", PipelineStage.PreOperation, FilteringAttributes = "jobtitle")]
public sealed class StrictTargetReader : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        var target = Target(context);
        tracing.Trace("jobtitle={0}", target.GetAttributeValue<string>("jobtitle") ?? "(null)");
        tracing.Trace("lastname via GetAttributeValue={0}", target.GetAttributeValue<string>("lastname") ?? "(default)");
        _ = (string)target["lastname"];
    }
}
