using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Emulator.TestPlugins;

/// <summary>
/// Writes a shared variable at each stage of contact Create and traces what it can see: at PreValidation
/// directly, later only through ParentContext.SharedVariables (the platform's rule for Create).
/// </summary>
[Step("Create", "contact", PipelineStage.PreValidation)]
[Step("Create", "contact", PipelineStage.PreOperation)]
[Step("Create", "contact", PipelineStage.PostOperation)]
public sealed class ContactSharedVariables : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        context.SharedVariables["stage" + context.Stage] = "written at " + context.Stage;
        tracing.Trace("own: {0}", string.Join(",", Keys(context.SharedVariables)));
        tracing.Trace("parent: {0}", context.ParentContext == null ? "(no parent)" : string.Join(",", Keys(context.ParentContext.SharedVariables)));
    }

    private static System.Collections.Generic.IEnumerable<string> Keys(ParameterCollection variables)
    {
        var keys = new System.Collections.Generic.List<string>(variables.Keys);
        keys.Sort(System.StringComparer.Ordinal);
        return keys;
    }
}

/// <summary>The same on Assign (not one of the messages with the PreValidation rule): one collection for every stage.</summary>
[Step("Assign", "contact", PipelineStage.PreValidation)]
[Step("Assign", "contact", PipelineStage.PostOperation)]
public sealed class ContactAssignSharedVariables : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        context.SharedVariables["stage" + context.Stage] = context.Stage;
        var keys = new System.Collections.Generic.List<string>(context.SharedVariables.Keys);
        keys.Sort(System.StringComparer.Ordinal);
        tracing.Trace("own: {0}", string.Join(",", keys));
    }
}
