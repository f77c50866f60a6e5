using System;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Registration.Declared
{
    // Plugin classes whose declarations the registration tests read. Each one does nothing when run.
    public abstract class DoNothingPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }

    [Step("Update", "opportunity", PipelineStage.PreOperation, FilteringAttributes = "salesstage, EstimatedValue", PreImage = "ownerid,salesstage", Rank = 5, Configuration = "{\"mode\":\"observe\"}")]
    [Step("Create", "opportunity", PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous, PostImage = "ownerid")]
    public sealed class WellDeclared : DoNothingPlugin
    {
    }

    [CustomApi("cri_DoSomething")]
    public sealed class ImplementsCustomApi : DoNothingPlugin
    {
    }
}

namespace CrmIndependence.Plugins.Tests.Registration.Broken
{
    using CrmIndependence.Plugins.Tests.Registration.Declared;

    [Step("Update", "opportunity", PipelineStage.PreOperation)]
    public sealed class UpdateWithoutFilteringAttributes : DoNothingPlugin
    {
    }

    [Step("Update", "opportunity", PipelineStage.PreOperation, FilteringAttributes = "name", PostImage = "name")]
    public sealed class PostImageOnPreOperation : DoNothingPlugin
    {
    }

    [Step("Create", "opportunity", PipelineStage.PostOperation, PreImage = "name")]
    public sealed class PreImageOnCreate : DoNothingPlugin
    {
    }

    [Step("Delete", "opportunity", PipelineStage.PostOperation, PostImage = "name")]
    public sealed class PostImageOnDelete : DoNothingPlugin
    {
    }

    [Step("Create", "task", PipelineStage.PreOperation, Mode = ExecutionMode.Asynchronous)]
    public sealed class AsynchronousPreOperation : DoNothingPlugin
    {
    }

    [Step("Create", "task", PipelineStage.PreOperation, FilteringAttributes = "subject")]
    public sealed class FilteringAttributesOnCreate : DoNothingPlugin
    {
    }

    [Step("Create", "task", PipelineStage.PostOperation)]
    [Step("Create", "task", PipelineStage.PostOperation, Rank = 2)]
    public sealed class DeclaredTwice : DoNothingPlugin
    {
    }

    [Step("Create", "task", PipelineStage.PostOperation)]
    public sealed class NotAPlugin
    {
    }
}
