using System;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Emulator.TestPlugins;

/// <summary>A plug-in that only traces where it ran; the emulator's records carry the rest of its context.</summary>
public abstract class ObserverPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace("{0} {1} stage {2} mode {3} depth {4}", GetType().Name, context.MessageName, context.Stage, context.Mode, context.Depth);
    }
}

/// <summary>Every stage of account Create, synchronous and asynchronous.</summary>
[Step("Create", "account", PipelineStage.PreValidation)]
[Step("Create", "account", PipelineStage.PreOperation)]
[Step("Create", "account", PipelineStage.PostOperation)]
[Step("Create", "account", PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous)]
public sealed class AccountCreateObserver : ObserverPlugin
{
}

/// <summary>Update of opportunity before and after the core operation, on the columns the tests change.</summary>
[Step("Update", "opportunity", PipelineStage.PreValidation, FilteringAttributes = "name,description,estimatedvalue,salesstage,statecode,statuscode,ownerid,actualvalue")]
[Step("Update", "opportunity", PipelineStage.PreOperation, FilteringAttributes = "name,description,estimatedvalue,salesstage,statecode,statuscode,ownerid,actualvalue")]
[Step("Update", "opportunity", PipelineStage.PostOperation, FilteringAttributes = "name,description,estimatedvalue,salesstage,statecode,statuscode,ownerid,actualvalue")]
public sealed class OpportunityUpdateObserver : ObserverPlugin
{
}

/// <summary>Create of opportunity at each synchronous stage (what the platform adds to Target per stage).</summary>
[Step("Create", "opportunity", PipelineStage.PreValidation)]
[Step("Create", "opportunity", PipelineStage.PreOperation)]
[Step("Create", "opportunity", PipelineStage.PostOperation)]
public sealed class OpportunityCreateObserver : ObserverPlugin
{
}

/// <summary>SetState, Assign, Win and Lose of opportunity.</summary>
[Step("SetState", "opportunity", PipelineStage.PostOperation)]
[Step("Assign", "opportunity", PipelineStage.PostOperation)]
[Step("Win", "opportunity", PipelineStage.PostOperation)]
[Step("Lose", "opportunity", PipelineStage.PostOperation)]
public sealed class OpportunitySpecialMessagesObserver : ObserverPlugin
{
}

/// <summary>Create of opportunityclose (Win/Lose create one).</summary>
[Step("Create", "opportunityclose", PipelineStage.PostOperation)]
public sealed class OpportunityCloseCreateObserver : ObserverPlugin
{
}

/// <summary>Create of contact before the core operation (a nested Create's context).</summary>
[Step("Create", "contact", PipelineStage.PreOperation)]
public sealed class ContactCreateObserver : ObserverPlugin
{
}

/// <summary>Create of task after the core operation (who created it).</summary>
[Step("Create", "task", PipelineStage.PostOperation)]
public sealed class TaskCreateObserver : ObserverPlugin
{
}

/// <summary>Delete of contact (a cascaded delete runs its pipeline).</summary>
[Step("Delete", "contact", PipelineStage.PreOperation)]
public sealed class ContactDeleteObserver : ObserverPlugin
{
}

/// <summary>Associate and Disassociate of any table.</summary>
[Step("Associate", "none", PipelineStage.PostOperation)]
[Step("Disassociate", "none", PipelineStage.PostOperation)]
public sealed class AssociationObserver : ObserverPlugin
{
}

/// <summary>Retrieve and RetrieveMultiple of account.</summary>
[Step("Retrieve", "account", PipelineStage.PostOperation)]
[Step("RetrieveMultiple", "account", PipelineStage.PostOperation)]
public sealed class AccountReadObserver : ObserverPlugin
{
}

/// <summary>Upsert of account, and the Create and Update it runs.</summary>
[Step("Upsert", "account", PipelineStage.PreOperation)]
[Step("Create", "account", PipelineStage.PreOperation)]
[Step("Update", "account", PipelineStage.PreOperation, FilteringAttributes = "name,accountnumber,telephone1")]
public sealed class AccountUpsertObserver : ObserverPlugin
{
}
